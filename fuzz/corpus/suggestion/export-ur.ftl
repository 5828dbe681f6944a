### Family Voice: wordings suggested by a qualified interpreter.
### Language: ur
### Reviewer: Nadia Rahman, register number NRPSI 12345
### Date: 2026-11-22
### Messages version: bb1e1e0716d6978d
### Reviewed 1 of 519: 0 approved, 1 need a change.
### Each message below replaces the one with the same id in locales/<tag>/<file>;
### apply them with: cargo run --bin family-voice-review -- apply <this file>


## summary.ftl

# The PDF's title.
# Was: بچے کے تحفظ کی کانفرنس کے لیے خاندان کی رائے
# Interpreter: Warmer.
summary-title = ہمارے خاندان کی بات

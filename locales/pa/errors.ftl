# Messages when something needs another look or goes wrong. Shown on screen; readers are
# parents. Say what happened and what to do, kindly; never blame, never show technical words.

error-child-name-missing = ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਬੱਚੇ ਦਾ ਪਹਿਲਾ ਨਾਮ ਲਿਖੋ, ਜਾਂ ਇਸ ਬੱਚੇ ਨੂੰ ਸੂਚੀ ਵਿੱਚੋਂ ਹਟਾ ਦਿਓ।
error-child-age-range = ਕਿਰਪਾ ਕਰਕੇ 0 ਤੋਂ 18 ਤੱਕ ਦੀ ਉਮਰ ਲਿਖੋ।
error-child-born-future = ਇਹ ਜਨਮ ਦੀ ਤਾਰੀਖ਼ ਅਜੇ ਆਈ ਨਹੀਂ, ਇਹ ਭਵਿੱਖ ਦੀ ਤਾਰੀਖ਼ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਦੇਖੋ।
error-interpreter-language-missing = ਕਿਰਪਾ ਕਰਕੇ ਦੱਸੋ ਕਿ ਤੁਹਾਨੂੰ ਕਿਸ ਭਾਸ਼ਾ ਦਾ ਦੁਭਾਸ਼ੀਆ ਚਾਹੀਦਾ ਹੈ।
error-scale-range = ਕਿਰਪਾ ਕਰਕੇ 0 ਤੋਂ 10 ਤੱਕ ਕੋਈ ਇੱਕ ਅੰਕ ਚੁਣੋ।
error-unknown-question = ਇਸ ਫ਼ਾਈਲ ਵਿੱਚ ਇੱਕ ਅਜਿਹੇ ਸਵਾਲ ਦਾ ਜਵਾਬ ਹੈ ਜਿਸ ਨੂੰ ਇਹ ਐਪ ਨਹੀਂ ਪਛਾਣਦੀ।
error-contribution-invalid = ਇਹ ਫ਼ਾਈਲ Family Voice ਵਿੱਚ ਲਿਖੇ ਵਿਚਾਰਾਂ ਦੀ ਫ਼ਾਈਲ ਨਹੀਂ ਹੈ, ਜਾਂ ਇਹ ਖ਼ਰਾਬ ਹੋ ਗਈ ਹੈ।
error-contribution-newer-version = ਇਹ ਫ਼ਾਈਲ Family Voice ਦੇ ਇੱਕ ਨਵੇਂ ਵਰਜਨ ਨਾਲ ਬਣਾਈ ਗਈ ਸੀ। ਇਸ ਨੂੰ ਖੋਲ੍ਹਣ ਲਈ ਕਿਰਪਾ ਕਰਕੇ ਐਪ ਨੂੰ ਅੱਪਡੇਟ ਕਰੋ।
# When the PDF is refused because some characters cannot be printed (shown on screen to
# parents). $what is one or more of the unprintable- sentences below.
error-pdf-cannot-print = PDF ਨਹੀਂ ਬਣੀ, ਕਿਉਂਕਿ ਜੋ ਲਿਖਿਆ ਗਿਆ ਹੈ ਉਸ ਵਿੱਚੋਂ ਕੁਝ ਇਸ ਕੰਪਿਊਟਰ ਉੱਤੇ ਛਾਪਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। { $what } ਤੁਹਾਡਾ ਲਿਖਿਆ ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ ਹੈ।
# Under a text box while a parent or child types, when some of it would not print. $what as above.
unprintable-note = ਇਸ ਵਿੱਚੋਂ ਕੁਝ PDF ਵਿੱਚ ਨਹੀਂ ਛਪੇਗਾ। { $what }
# One sentence per kind of character that cannot be printed. $chars lists them (private and unknown
# ones as codes such as U+E000); $script is one of the script names below; $package is the name
# of a Debian package.
unprintable-script = { $chars } ({ $script } ਲਿਪੀ): ਕਿਰਪਾ ਕਰਕੇ ਮੁਫ਼ਤ ਫ਼ੌਂਟ { $package } ਇੰਸਟਾਲ ਕਰੋ (Debian ਜਾਂ Ubuntu ਉੱਤੇ), ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
unprintable-script-windows = { $chars } ({ $script } ਲਿਪੀ): ਕਿਰਪਾ ਕਰਕੇ Windows ਵਿੱਚ ਇਸ ਲਿਪੀ ਦੇ ਮੁਫ਼ਤ ਫ਼ੌਂਟ ਜੋੜੋ (Settings ਖੋਲ੍ਹੋ, “Optional features” ਲੱਭੋ ਅਤੇ ਇਸਦੇ “Supplemental Fonts” ਜੋੜੋ), ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
unprintable-script-macos = { $chars } ({ $script } ਲਿਪੀ): ਕਿਰਪਾ ਕਰਕੇ ਇਸ Mac ਉੱਤੇ Font Book ਖੋਲ੍ਹੋ ਅਤੇ ਇਸ ਲਿਪੀ ਲਈ ਇੱਕ ਮੁਫ਼ਤ ਫ਼ੌਂਟ ਡਾਊਨਲੋਡ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
unprintable-emoji = { $chars } (ਇਮੋਜੀ): ਕਿਰਪਾ ਕਰਕੇ ਮੁਫ਼ਤ ਫ਼ੌਂਟ { $package } ਇੰਸਟਾਲ ਕਰੋ (Debian ਜਾਂ Ubuntu ਉੱਤੇ), ਜਾਂ ਇਨ੍ਹਾਂ ਨੂੰ ਹਟਾ ਦਿਓ।
unprintable-emoji-newer = { $chars } (ਇਮੋਜੀ): ਇਸ ਕੰਪਿਊਟਰ ਦਾ ਕੋਈ ਫ਼ੌਂਟ ਇਨ੍ਹਾਂ ਨੂੰ ਛਾਪ ਨਹੀਂ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਇਨ੍ਹਾਂ ਨੂੰ ਹਟਾ ਦਿਓ, ਜਾਂ ਇਨ੍ਹਾਂ ਦੀ ਥਾਂ ਸ਼ਬਦ ਲਿਖੋ।
unprintable-private = { $chars } (ਖ਼ਾਸ ਨਿਸ਼ਾਨ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਸਿਰਫ਼ ਇੱਕ ਪ੍ਰੋਗਰਾਮ ਸਮਝਦਾ ਹੈ): ਇਹ ਕਦੇ ਵੀ ਛਾਪੇ ਨਹੀਂ ਜਾ ਸਕਦੇ। ਕਿਰਪਾ ਕਰਕੇ ਇਨ੍ਹਾਂ ਨੂੰ ਹਟਾ ਦਿਓ।
unprintable-other = { $chars }: ਇਸ ਕੰਪਿਊਟਰ ਦਾ ਕੋਈ ਫ਼ੌਂਟ ਇਨ੍ਹਾਂ ਨੂੰ ਛਾਪ ਨਹੀਂ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਇਨ੍ਹਾਂ ਨੂੰ ਹਟਾ ਦਿਓ।
# Names of kinds of writing, used in the message above.
script-arabic = ਅਰਬੀ
script-hebrew = ਇਬਰਾਨੀ
script-bengali = ਬੰਗਾਲੀ
script-devanagari = ਦੇਵਨਾਗਰੀ (ਹਿੰਦੀ)
script-gurmukhi = ਗੁਰਮੁਖੀ (ਪੰਜਾਬੀ)
script-gujarati = ਗੁਜਰਾਤੀ
script-latin = ਲਾਤੀਨੀ (ਰੋਮਨ)
script-ethiopic = ਇਥੋਪੀਆਈ (ਅਮਹਾਰੀ, ਤਿਗਰੀਨੀਆ)
script-tamil = ਤਮਿਲ
script-tibetan = ਤਿੱਬਤੀ
script-cjk = ਚੀਨੀ ਜਾਂ ਜਾਪਾਨੀ
script-korean = ਕੋਰੀਆਈ
error-pdf-font-missing = ਇਸ ਕੰਪਿਊਟਰ ਵਿੱਚ ਕੋਈ ਅਜਿਹਾ ਫ਼ੌਂਟ ਨਹੀਂ ਹੈ ਜੋ PDF ਵਿੱਚ ਵਰਤਿਆ ਜਾ ਸਕੇ। ਕਿਰਪਾ ਕਰਕੇ ਮੁਫ਼ਤ Noto ਫ਼ੌਂਟ ਇੰਸਟਾਲ ਕਰੋ (Debian ਜਾਂ Ubuntu ਉੱਤੇ: fonts-noto-core) ਅਤੇ ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-file-disk-full = ਇਸ ਨੂੰ ਸੇਵ ਕਰਨ ਲਈ ਡਿਸਕ ਉੱਤੇ ਕਾਫ਼ੀ ਥਾਂ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਥਾਂ ਖਾਲੀ ਕਰੋ, ਜਾਂ ਕੋਈ ਹੋਰ ਥਾਂ ਚੁਣੋ, ਅਤੇ ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-file-not-allowed = ਐਪ ਨੂੰ ਉਸ ਫੋਲਡਰ ਵਿੱਚ ਸੇਵ ਕਰਨ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਕੋਈ ਹੋਰ ਫੋਲਡਰ ਚੁਣੋ।
error-file-write-failed = ਫ਼ਾਈਲ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕੀ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਕੋਈ ਹੋਰ ਥਾਂ ਚੁਣੋ।
error-pdf-open-failed = PDF ਸੇਵ ਹੋ ਗਈ ਹੈ, ਪਰ ਇਹ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕੀ। ਇਹ ਤੁਹਾਡੇ ਚੁਣੇ ਹੋਏ ਫੋਲਡਰ ਵਿੱਚ ਹੈ, ਤੁਸੀਂ ਇਸ ਨੂੰ ਉੱਥੋਂ ਖੋਲ੍ਹ ਸਕਦੇ ਹੋ।
error-notice-days-range = ਕਿਰਪਾ ਕਰਕੇ ਕੰਮ ਵਾਲੇ ਦਿਨਾਂ ਦੀ ਗਿਣਤੀ 0 ਤੋਂ 20 ਤੱਕ ਚੁਣੋ।
error-chair-minutes-range = ਕਿਰਪਾ ਕਰਕੇ 5 ਤੋਂ 120 ਤੱਕ ਮਿੰਟਾਂ ਦੀ ਗਿਣਤੀ ਚੁਣੋ।

# When the family writes down dates given at the conference before giving the conference's own date.
error-outcome-no-conference-date = ਕਿਰਪਾ ਕਰਕੇ ਪਹਿਲਾਂ ਵਿਹਾਰਕ ਪੰਨੇ 'ਤੇ ਕਾਨਫਰੰਸ ਦੀ ਤਾਰੀਖ ਲਿਖੋ।
# When a core group or review date the family typed is before the conference or more than a year after it.
error-outcome-date-impossible = ਇਹ ਤਾਰੀਖ ਠੀਕ ਨਹੀਂ ਲੱਗਦੀ। ਇਹ ਕਾਨਫਰੰਸ ਤੋਂ ਬਾਅਦ ਅਤੇ ਉਸ ਤੋਂ ਇੱਕ ਸਾਲ ਦੇ ਅੰਦਰ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।

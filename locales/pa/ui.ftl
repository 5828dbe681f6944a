# Words on the app's screens. Every message here is shown as it is, with no variables.
# Readers: parents and carers at home, often worried, some who do not read easily.
# Keep sentences short and kind; never sound like an official letter.

## Everywhere

# The window title and the name at the top of every screen.
app-name = Family Voice
# One line under the app's name in the computer's list of programs and in software centres,
# before it is installed (the .desktop entry and the AppStream metainfo, written by ./dev package).
app-summary = ਬਾਲ ਸੁਰੱਖਿਆ ਕਾਨਫ਼ਰੰਸ ਦੀ ਤਿਆਰੀ ਕਰੋ
# Button that goes to the screen before. On every screen but the first.
nav-back = ਪਿੱਛੇ
# Button that goes to the next screen. Questions may be left blank, so this never says "skip".
nav-next = ਅੱਗੇ
# Title of the box at the top of a page when some answers need another look.
error-summary-title = ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਜਵਾਬ ਦੁਬਾਰਾ ਦੇਖੋ
# Reminder under the progress line on every part.
part-blank-ok = ਤੁਸੀਂ ਕੋਈ ਵੀ ਸਵਾਲ ਖਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਉਸ ਉੱਤੇ ਵਾਪਸ ਆ ਸਕਦੇ ਹੋ।

## Welcome screen

# Above the list of languages on the first screen. Each language is named in itself.
language-label = ਭਾਸ਼ਾ

welcome-title = ਆਪਣੀ ਬਾਲ ਸੁਰੱਖਿਆ ਕਾਨਫ਼ਰੰਸ ਦੀ ਤਿਆਰੀ
welcome-lead = ਇਹ ਐਪ ਇਹ ਸੋਚਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰਦੀ ਹੈ ਕਿ ਤੁਸੀਂ ਮੀਟਿੰਗ ਵਿੱਚ ਕੀ ਕਹਿਣਾ ਚਾਹੁੰਦੇ ਹੋ। ਫਿਰ ਤੁਸੀਂ ਇੱਕ ਪੰਨਾ ਬਣਾ ਸਕਦੇ ਹੋ, ਜਿਸ ਨੂੰ ਪ੍ਰਿੰਟ ਕਰਕੇ ਆਪਣੇ ਨਾਲ ਲਿਜਾ ਸਕੋ।
welcome-what-heading = ਬਾਲ ਸੁਰੱਖਿਆ ਕਾਨਫ਼ਰੰਸ ਕੀ ਹੁੰਦੀ ਹੈ?
welcome-what-1 = ਇਹ ਤੁਹਾਡੇ ਬੱਚੇ ਬਾਰੇ ਇੱਕ ਮੀਟਿੰਗ ਹੁੰਦੀ ਹੈ। ਤੁਸੀਂ, ਅਤੇ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਨਾਲ ਕੰਮ ਕਰਨ ਵਾਲੇ ਲੋਕ, ਜਿਵੇਂ ਸੋਸ਼ਲ ਵਰਕਰ, ਅਧਿਆਪਕ, ਹੈਲਥ ਵਿਜ਼ਿਟਰ ਜਾਂ ਡਾਕਟਰ, ਮਿਲ ਕੇ ਗੱਲ ਕਰਦੇ ਹੋ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਸੁਰੱਖਿਅਤ ਅਤੇ ਠੀਕ-ਠਾਕ ਕਿਵੇਂ ਰੱਖਣਾ ਹੈ।
welcome-what-2 = ਮੀਟਿੰਗ ਵਿੱਚ ਇਹ ਫ਼ੈਸਲਾ ਹੁੰਦਾ ਹੈ ਕਿ ਕੀ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਬਾਲ ਸੁਰੱਖਿਆ ਯੋਜਨਾ ਦੀ ਲੋੜ ਹੈ। ਇਹ ਇੱਕ ਲਿਖਤੀ ਯੋਜਨਾ ਹੁੰਦੀ ਹੈ: ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ ਕੀ ਕੁਝ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ, ਅਤੇ ਕੌਣ ਮਦਦ ਕਰੇਗਾ।
welcome-what-3 = ਕਾਨਫ਼ਰੰਸ ਇਹ ਫ਼ੈਸਲਾ ਨਹੀਂ ਕਰਦੀ ਕਿ ਤੁਹਾਡਾ ਬੱਚਾ ਕਿੱਥੇ ਰਹੇਗਾ। ਇਹ ਕੋਈ ਅਦਾਲਤ ਨਹੀਂ ਹੈ।
welcome-voice-heading = ਤੁਹਾਡੇ ਵਿਚਾਰ ਮਾਇਨੇ ਰੱਖਦੇ ਹਨ
welcome-voice-1 = ਤੁਹਾਨੂੰ ਮੀਟਿੰਗ ਵਿੱਚ ਇਸ ਲਈ ਬੁਲਾਇਆ ਜਾਂਦਾ ਹੈ ਤਾਂ ਜੋ ਤੁਸੀਂ ਦੱਸ ਸਕੋ ਕਿ ਤੁਸੀਂ ਕੀ ਸੋਚਦੇ ਹੋ। ਤੁਸੀਂ ਆਪਣੇ ਬੱਚੇ ਨੂੰ ਕਿਸੇ ਵੀ ਹੋਰ ਨਾਲੋਂ ਵੱਧ ਜਾਣਦੇ ਹੋ।
welcome-voice-2 = ਤੁਸੀਂ ਸਹਾਰੇ ਲਈ ਕਿਸੇ ਨੂੰ ਆਪਣੇ ਨਾਲ ਲਿਆ ਸਕਦੇ ਹੋ, ਜਿਵੇਂ ਕੋਈ ਦੋਸਤ, ਰਿਸ਼ਤੇਦਾਰ ਜਾਂ ਹਿਮਾਇਤੀ।
welcome-how-heading = ਇਹ ਐਪ ਕਿਵੇਂ ਕੰਮ ਕਰਦੀ ਹੈ
welcome-how-1 = ਪਹਿਲਾਂ ਤੁਸੀਂ ਸਾਨੂੰ ਆਪਣੇ ਬਾਰੇ ਅਤੇ ਕਾਨਫ਼ਰੰਸ ਬਾਰੇ ਥੋੜ੍ਹਾ ਜਿਹਾ ਦੱਸਦੇ ਹੋ। ਫਿਰ ਛੇ ਛੋਟੇ ਹਿੱਸੇ ਹਨ, ਹਰ ਹਿੱਸੇ ਵਿੱਚ ਕੁਝ ਸਵਾਲ ਹਨ।
welcome-how-2 = ਅਖੀਰ ਵਿੱਚ ਤੁਸੀਂ ਸਭ ਕੁਝ ਦੁਬਾਰਾ ਪੜ੍ਹ ਸਕਦੇ ਹੋ ਅਤੇ ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ PDF ਬਣਾ ਸਕਦੇ ਹੋ।
welcome-how-3 = ਸਭ ਕੁਝ ਇਸੇ ਕੰਪਿਊਟਰ ਉੱਤੇ ਰਹਿੰਦਾ ਹੈ। ਇੰਟਰਨੈੱਟ ਰਾਹੀਂ ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ।
welcome-how-4 = ਜਿਵੇਂ-ਜਿਵੇਂ ਤੁਸੀਂ ਲਿਖਦੇ ਹੋ, ਤੁਹਾਡੇ ਜਵਾਬ ਆਪਣੇ ਆਪ ਸੇਵ ਹੁੰਦੇ ਰਹਿੰਦੇ ਹਨ। ਇਸ ਕੰਪਿਊਟਰ ਉੱਤੇ ਇਹਨਾਂ ਨੂੰ ਤਾਲਾ ਲਾ ਕੇ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ, ਤਾਂ ਜੋ ਸਿਰਫ਼ ਤੁਸੀਂ ਹੀ ਇਹਨਾਂ ਨੂੰ ਖੋਲ੍ਹ ਸਕੋ।
# The button that starts a new contribution, under the box for its name.
welcome-start = ਸ਼ੁਰੂ ਕਰੋ
# Under the few words explained on the welcome screen.
welcome-more-words = ਹੋਰ ਸ਼ਬਦ, ਅਤੇ ਮੀਟਿੰਗ ਬਾਰੇ ਜਾਣਕਾਰੀ

## About you and the conference (the practical page)

about-title = ਤੁਹਾਡੇ ਬਾਰੇ ਅਤੇ ਕਾਨਫ਼ਰੰਸ ਬਾਰੇ
about-intro = ਇਸ ਨਾਲ ਮੀਟਿੰਗ ਵਿੱਚ ਆਏ ਲੋਕਾਂ ਨੂੰ ਪਤਾ ਲੱਗਦਾ ਹੈ ਕਿ ਇਹ ਕਿਸ ਨੇ ਲਿਖਿਆ ਹੈ। ਜਿੰਨਾ ਹੋ ਸਕੇ, ਭਰੋ। ਹਰ ਸਵਾਲ ਖਾਲੀ ਛੱਡਿਆ ਜਾ ਸਕਦਾ ਹੈ।
about-you-heading = ਤੁਹਾਡੇ ਬਾਰੇ
about-name-label = ਤੁਹਾਡਾ ਨਾਮ
about-relationship-label = ਬੱਚੇ ਜਾਂ ਬੱਚਿਆਂ ਨਾਲ ਤੁਹਾਡਾ ਕੀ ਰਿਸ਼ਤਾ ਹੈ?
about-relationship-hint = ਜਿਵੇਂ: ਮਾਂ, ਪਿਤਾ, ਦਾਦਾ-ਦਾਦੀ ਜਾਂ ਨਾਨਾ-ਨਾਨੀ, ਮਤਰੇਈ ਮਾਂ ਜਾਂ ਮਤਰੇਆ ਪਿਤਾ, ਜਾਂ ਫ਼ੌਸਟਰ ਕੇਅਰਰ (ਪਾਲਣਹਾਰ)।
about-children-heading = ਬੱਚੇ
about-children-hint = ਹਰ ਬੱਚੇ ਦਾ ਪਹਿਲਾ ਨਾਮ ਲਿਖੋ। ਨਾਲ ਉਸ ਦੀ ਉਮਰ ਜਾਂ ਜਨਮ ਦੀ ਤਾਰੀਖ਼ ਲਿਖੋ, ਜੋ ਵੀ ਤੁਹਾਡੇ ਲਈ ਸੌਖਾ ਹੋਵੇ।
about-child-name-label = ਪਹਿਲਾ ਨਾਮ
about-child-age-label = ਉਮਰ
about-child-birth-label = ਜਨਮ ਦੀ ਤਾਰੀਖ਼
about-child-add = ਇੱਕ ਹੋਰ ਬੱਚਾ ਜੋੜੋ
about-child-remove = ਇਸ ਬੱਚੇ ਨੂੰ ਹਟਾਓ
about-conference-heading = ਕਾਨਫ਼ਰੰਸ
about-date-label = ਤਾਰੀਖ਼
about-time-label = ਸ਼ੁਰੂ ਹੋਣ ਦਾ ਸਮਾਂ
about-kind-label = ਇਹ ਕਿਹੜੀ ਕਾਨਫ਼ਰੰਸ ਹੈ?
about-kind-initial = ਪਹਿਲੀ ਕਾਨਫ਼ਰੰਸ (ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਇਸ ਨੂੰ initial conference ਕਹਿੰਦੇ ਹਨ)
about-kind-review = ਸਮੀਖਿਆ ਕਾਨਫ਼ਰੰਸ, ਯੋਜਨਾ ਬਣਨ ਤੋਂ ਬਾਅਦ
about-unsure = ਮੈਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ
about-format-label = ਇਹ ਕਿਵੇਂ ਹੋਵੇਗੀ?
about-format-in-person = ਇੱਕ ਕਮਰੇ ਵਿੱਚ, ਸਾਰੇ ਇਕੱਠੇ
about-format-video = ਵੀਡੀਓ ਕਾਲ ਉੱਤੇ
about-format-mixed = ਦੋਵੇਂ ਤਰੀਕੇ ਰਲ਼ਾ ਕੇ
about-format-phone = ਫ਼ੋਨ ਉੱਤੇ
about-social-worker-label = ਤੁਹਾਡੇ ਸੋਸ਼ਲ ਵਰਕਰ ਦਾ ਨਾਮ
about-helper-heading = ਇਹ ਫ਼ਾਰਮ ਭਰਨ ਵਿੱਚ ਮਦਦ
about-helper-label = ਕੀ ਇਹ ਭਰਨ ਵਿੱਚ ਕਿਸੇ ਨੇ ਤੁਹਾਡੀ ਮਦਦ ਕੀਤੀ?
about-helper-nobody = ਨਹੀਂ, ਮੈਂ ਆਪ ਭਰਿਆ
about-helper-supporter = ਕੋਈ ਦੋਸਤ ਜਾਂ ਪਰਿਵਾਰ ਦਾ ਜੀਅ
about-helper-advocate = ਕੋਈ ਹਿਮਾਇਤੀ
about-helper-social-worker = ਕੋਈ ਸੋਸ਼ਲ ਵਰਕਰ
about-helper-interpreter = ਕੋਈ ਦੁਭਾਸ਼ੀਆ
about-helper-name-label = ਉਹਨਾਂ ਦਾ ਨਾਮ
about-interpreter-label = ਕੀ ਤੁਹਾਨੂੰ ਕਾਨਫ਼ਰੰਸ ਵਿੱਚ ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ ਹੈ?
about-interpreter-no = ਨਹੀਂ
about-interpreter-yes = ਹਾਂ
about-interpreter-language-label = ਕਿਹੜੀ ਭਾਸ਼ਾ?
about-access-label = ਕੀ ਕੋਈ ਅਜਿਹੀ ਚੀਜ਼ ਹੈ ਜਿਸ ਨਾਲ ਤੁਹਾਨੂੰ ਮੀਟਿੰਗ ਵਿੱਚ ਹਿੱਸਾ ਲੈਣ ਵਿੱਚ ਮਦਦ ਮਿਲੇ?
about-access-hint = ਜਿਵੇਂ: ਪੌੜੀਆਂ ਤੋਂ ਬਿਨਾਂ ਅੰਦਰ ਜਾਣ ਦਾ ਰਾਹ, ਵੱਡੇ ਅੱਖਰਾਂ ਵਿੱਚ ਛਪੇ ਕਾਗ਼ਜ਼, ਸੁਣਨ ਵਿੱਚ ਮਦਦ ਲਈ ਹੀਅਰਿੰਗ ਲੂਪ, ਵਿੱਚ-ਵਿੱਚ ਆਰਾਮ, ਜਾਂ ਉਡੀਕ ਕਰਨ ਲਈ ਕੋਈ ਸ਼ਾਂਤ ਕਮਰਾ।

## Check your answers

check-title = ਆਪਣੇ ਜਵਾਬ ਦੇਖੋ
check-intro = ਜੋ ਤੁਸੀਂ ਲਿਖਿਆ ਹੈ, ਉਸ ਨੂੰ ਇੱਕ ਵਾਰ ਪੜ੍ਹ ਲਓ। PDF ਬਣਾਉਣ ਤੋਂ ਪਹਿਲਾਂ ਤੁਸੀਂ ਕੁਝ ਵੀ ਬਦਲ ਸਕਦੇ ਹੋ।
# Button beside each part that goes back to it.
check-change = ਬਦਲੋ
check-not-answered = ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ
check-make-pdf = ਮੇਰੀ PDF ਬਣਾਓ
check-pdf-note = ਤੁਸੀਂ ਚੁਣੋਗੇ ਕਿ ਇਸ ਨੂੰ ਕਿੱਥੇ ਸੇਵ ਕਰਨਾ ਹੈ। ਫਿਰ ਤੁਸੀਂ ਇਸ ਨੂੰ ਪ੍ਰਿੰਟ ਕਰ ਸਕਦੇ ਹੋ, ਜਾਂ ਚੇਅਰ ਨੂੰ ਜਾਂ ਆਪਣੇ ਸੋਸ਼ਲ ਵਰਕਰ ਨੂੰ ਦੇ ਸਕਦੇ ਹੋ।
status-making-pdf = ਤੁਹਾਡੀ PDF ਬਣ ਰਹੀ ਹੈ…
status-cancelled = ਤੁਸੀਂ ਇਹ ਨਹੀਂ ਚੁਣਿਆ ਕਿ PDF ਕਿੱਥੇ ਸੇਵ ਕਰਨੀ ਹੈ, ਇਸ ਲਈ ਇਹ ਸੇਵ ਨਹੀਂ ਹੋਈ। ਤੁਸੀਂ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੇ ਹੋ।

## Your PDF is ready

done-title = ਤੁਹਾਡੀ PDF ਤਿਆਰ ਹੈ
done-saved = ਇਹ ਇੱਥੇ ਸੇਵ ਹੋਈ ਹੈ:
done-open = ਮੇਰੀ PDF ਖੋਲ੍ਹੋ
done-back = ਮੇਰੇ ਜਵਾਬਾਂ ਉੱਤੇ ਵਾਪਸ ਜਾਓ
done-bring = ਇਸ ਨੂੰ ਪ੍ਰਿੰਟ ਕਰਕੇ ਕਾਨਫ਼ਰੰਸ ਵਿੱਚ ਨਾਲ ਲਿਆਓ, ਜਾਂ ਮੀਟਿੰਗ ਤੋਂ ਪਹਿਲਾਂ ਚੇਅਰ ਨੂੰ ਜਾਂ ਆਪਣੇ ਸੋਸ਼ਲ ਵਰਕਰ ਨੂੰ ਭੇਜ ਦਿਓ। ਤੁਸੀਂ ਅਜੇ ਵੀ ਆਪਣੇ ਜਵਾਬ ਬਦਲ ਕੇ ਨਵੀਂ PDF ਬਣਾ ਸਕਦੇ ਹੋ।
# Button on the "Your PDF is ready" screen that opens the notes to hold at the conference.
done-notes = ਮੀਟਿੰਗ ਵਾਲੇ ਦਿਨ ਲਈ ਮੇਰੇ ਨੋਟ ਬਣਾਓ

## Problems

# Shown when something failed that the family can do nothing about but try again.
error-unexpected = ਕੁਝ ਗੜਬੜ ਹੋ ਗਈ। ਜੋ ਤੁਸੀਂ ਲਿਖਿਆ ਹੈ, ਉਹ ਅਜੇ ਵੀ ਇੱਥੇ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## Buttons at the top of every screen

nav-timeline = ਕਦੋਂ ਕੀ ਹੁੰਦਾ ਹੈ
nav-guide = ਜਾਣਕਾਰੀ ਅਤੇ ਸ਼ਬਦ
# Above the links to the glossary on a part's screen.
part-words = ਇਸ ਪੰਨੇ ਦੇ ਸ਼ਬਦ

## What happens when (the timeline screen; its steps come from timeline.ftl)

timeline-no-date = "ਤੁਹਾਡੇ ਬਾਰੇ" ਵਾਲੇ ਪੰਨੇ ਉੱਤੇ ਆਪਣੀ ਕਾਨਫ਼ਰੰਸ ਦੀ ਤਾਰੀਖ਼ ਲਿਖੋ, ਫਿਰ ਤੁਹਾਡੀਆਂ ਤਾਰੀਖ਼ਾਂ ਇੱਥੇ ਦਿਸਣਗੀਆਂ।
timeline-add-date = ਤਾਰੀਖ਼ ਲਿਖੋ
timeline-reports-days-label = ਕਾਨਫ਼ਰੰਸ ਤੋਂ ਕਿੰਨੇ ਕੰਮ ਵਾਲੇ ਦਿਨ ਪਹਿਲਾਂ ਰਿਪੋਰਟਾਂ ਤੁਹਾਡੇ ਕੋਲ ਪਹੁੰਚ ਜਾਣੀਆਂ ਚਾਹੀਦੀਆਂ ਹਨ?
timeline-reports-days-hint = ਜ਼ਿਆਦਾਤਰ ਕੌਂਸਲਾਂ ਪਹਿਲੀ ਕਾਨਫ਼ਰੰਸ ਲਈ 2 ਦਿਨ ਅਤੇ ਸਮੀਖਿਆ ਕਾਨਫ਼ਰੰਸ ਲਈ 5 ਦਿਨ ਕਹਿੰਦੀਆਂ ਹਨ। ਹਰ ਕੌਂਸਲ ਦਾ ਤਰੀਕਾ ਵੱਖਰਾ ਹੁੰਦਾ ਹੈ, ਇਸ ਲਈ ਆਪਣੇ ਸੋਸ਼ਲ ਵਰਕਰ ਤੋਂ ਪੁੱਛ ਲਓ।
timeline-chair-minutes-label = ਕਾਨਫ਼ਰੰਸ ਤੋਂ ਕਿੰਨੇ ਮਿੰਟ ਪਹਿਲਾਂ ਚੇਅਰ ਤੁਹਾਨੂੰ ਮਿਲਦੇ ਹਨ?
timeline-chair-minutes-hint = ਬਹੁਤ ਸਾਰੀਆਂ ਕੌਂਸਲਾਂ 30 ਮਿੰਟ ਕਹਿੰਦੀਆਂ ਹਨ, ਕੁਝ 15 ਮਿੰਟ ਜਾਂ ਇੱਕ ਘੰਟਾ। ਹੋ ਸਕਦਾ ਹੈ ਤੁਹਾਡੇ ਸੱਦਾ-ਪੱਤਰ ਵਿੱਚ ਲਿਖਿਆ ਹੋਵੇ; ਨਹੀਂ ਤਾਂ ਆਪਣੇ ਸੋਸ਼ਲ ਵਰਕਰ ਤੋਂ ਪੁੱਛੋ।
timeline-calendar-heading = ਤਾਰੀਖ਼ਾਂ ਆਪਣੇ ਕੈਲੰਡਰ ਵਿੱਚ ਪਾਓ
timeline-calendar-intro = ਇਸ ਨਾਲ ਇੱਕ ਫ਼ਾਈਲ ਸੇਵ ਹੁੰਦੀ ਹੈ, ਜਿਸ ਨੂੰ ਤੁਹਾਡਾ ਫ਼ੋਨ, Outlook ਜਾਂ ਕੋਈ ਹੋਰ ਕੈਲੰਡਰ ਖੋਲ੍ਹ ਸਕਦਾ ਹੈ। ਕੈਲੰਡਰ ਵਿੱਚ ਸਿਰਫ਼ ਇਹ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ ਕਿ ਕੀ ਹੋਣਾ ਹੈ, ਇਹ ਨਹੀਂ ਕਿ ਇਹ ਕਿਸ ਬਾਰੇ ਹੈ।
timeline-calendar-names = ਕੈਲੰਡਰ ਵਿੱਚ ਮੇਰੇ ਬੱਚਿਆਂ ਦੇ ਪਹਿਲੇ ਨਾਮ ਵੀ ਲਿਖੋ
timeline-calendar-save = ਕੈਲੰਡਰ ਫ਼ਾਈਲ ਸੇਵ ਕਰੋ
timeline-calendar-saved = ਕੈਲੰਡਰ ਫ਼ਾਈਲ ਇੱਥੇ ਸੇਵ ਹੋਈ ਹੈ:
status-calendar-cancelled = ਤੁਸੀਂ ਇਹ ਨਹੀਂ ਚੁਣਿਆ ਕਿ ਕੈਲੰਡਰ ਫ਼ਾਈਲ ਕਿੱਥੇ ਸੇਵ ਕਰਨੀ ਹੈ, ਇਸ ਲਈ ਇਹ ਸੇਵ ਨਹੀਂ ਹੋਈ।

## Your drafts (the start screen)

drafts-heading = ਤੁਹਾਡੇ ਖਰੜੇ
drafts-intro = ਹਰ ਵਿਅਕਤੀ ਦੇ ਜਵਾਬ ਇੱਕ ਵੱਖਰੇ ਖਰੜੇ ਵਿੱਚ ਰੱਖੇ ਜਾਂਦੇ ਹਨ। ਕਿਸੇ ਖਰੜੇ ਉੱਤੇ ਕੰਮ ਜਾਰੀ ਰੱਖੋ, ਜਾਂ ਨਵਾਂ ਸ਼ੁਰੂ ਕਰੋ।
drafts-none = ਇਸ ਕੰਪਿਊਟਰ ਉੱਤੇ ਅਜੇ ਕੋਈ ਖਰੜਾ ਨਹੀਂ ਹੈ।
drafts-open = ਜਾਰੀ ਰੱਖੋ
drafts-rename = ਨਾਮ ਬਦਲੋ
drafts-rename-label = ਨਵਾਂ ਨਾਮ
drafts-rename-save = ਨਾਮ ਸੇਵ ਕਰੋ
drafts-cancel = ਰੱਦ ਕਰੋ
drafts-delete = ਮਿਟਾਓ
# Asked once, beside the draft, after "Delete". Followed by the two buttons below.
drafts-delete-confirm = ਕੀ ਇਹ ਖਰੜਾ ਮਿਟਾਉਣਾ ਹੈ? ਇਸ ਵਿੱਚ ਲਿਖਿਆ ਸਭ ਕੁਝ, ਅਤੇ ਐਪ ਵੱਲੋਂ ਰੱਖੀ ਹਰ ਕਾਪੀ, ਹਮੇਸ਼ਾ ਲਈ ਮਿਟ ਜਾਵੇਗੀ।
drafts-delete-yes = ਹਾਂ, ਮਿਟਾ ਦਿਓ
drafts-delete-no = ਨਹੀਂ, ਰਹਿਣ ਦਿਓ
# Above the files in the drafts folder that do not open.
drafts-unreadable-heading = ਜੋ ਫ਼ਾਈਲਾਂ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕੀਆਂ
drafts-new-heading = ਨਵਾਂ ਖਰੜਾ ਸ਼ੁਰੂ ਕਰੋ
drafts-new-label = ਇਸ ਨੂੰ ਕੀ ਨਾਮ ਦੇਈਏ?
drafts-new-hint = ਜਿਵੇਂ: "ਮੰਮੀ — ਪਹਿਲੀ ਕਾਨਫ਼ਰੰਸ, 3 ਦਸੰਬਰ"। ਤੁਸੀਂ ਇਸ ਨੂੰ ਖਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਬਦਲ ਸਕਦੇ ਹੋ।
# Spare passphrase, on the start screen when the drafts are open.
drafts-spare-heading = ਇੱਕ ਵਾਧੂ ਪਾਸਫ਼ਰੇਜ਼ ਰੱਖੋ
drafts-spare-intro = ਤੁਹਾਡੇ ਖਰੜਿਆਂ ਦਾ ਤਾਲਾ ਇਸ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ ਭੰਡਾਰ ਖੋਲ੍ਹਦਾ ਹੈ। ਵਾਧੂ ਪਾਸਫ਼ਰੇਜ਼ ਅੰਦਰ ਜਾਣ ਦਾ ਇੱਕ ਦੂਜਾ ਰਾਹ ਹੈ, ਜੇ ਕਦੇ ਪਾਸਵਰਡ ਭੰਡਾਰ ਵਰਤਿਆ ਨਾ ਜਾ ਸਕੇ। ਇਸ ਨੂੰ ਲਿਖ ਕੇ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ।
drafts-spare-saved = ਤੁਹਾਡਾ ਵਾਧੂ ਪਾਸਫ਼ਰੇਜ਼ ਰੱਖ ਲਿਆ ਗਿਆ ਹੈ।
drafts-spare-save = ਪਾਸਫ਼ਰੇਜ਼ ਸੇਵ ਕਰੋ

## Saving, at the top of every screen

save-saving = ਸੇਵ ਹੋ ਰਿਹਾ ਹੈ…
save-saved = ਸੇਵ ਹੋ ਗਿਆ
# After the reason a save failed (for example a full disk), when the family pressed Lock, Hide
# or My drafts, or the app was about to lock itself: the draft is kept open so that nothing
# typed is lost, and saves by itself once it can.
save-kept-open = ਤਾਂ ਜੋ ਕੁਝ ਵੀ ਗੁਆਚੇ ਨਾ, ਇਹ ਖਰੜਾ ਉਦੋਂ ਤੱਕ ਖੁੱਲ੍ਹਾ ਰਹੇਗਾ ਜਦੋਂ ਤੱਕ ਤੁਹਾਡੀਆਂ ਨਵੀਆਂ ਤਬਦੀਲੀਆਂ ਸੇਵ ਨਹੀਂ ਹੋ ਜਾਂਦੀਆਂ।
# After the reason a save failed, when the family closed the window: it stayed open this once,
# and closing it again closes it.
save-close-again = ਤਾਂ ਜੋ ਕੁਝ ਵੀ ਗੁਆਚੇ ਨਾ, ਐਪ ਅਜੇ ਖੁੱਲ੍ਹੀ ਹੈ। ਜੇ ਤੁਸੀਂ ਫਿਰ ਵੀ ਇਸਨੂੰ ਨਵੀਆਂ ਤਬਦੀਲੀਆਂ ਤੋਂ ਬਿਨਾਂ ਬੰਦ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ, ਤਾਂ ਇਸਨੂੰ ਇੱਕ ਵਾਰ ਫਿਰ ਬੰਦ ਕਰੋ।
# Button at the top of every screen when only the passphrase opens the drafts: locks them and
# clears the screen.
nav-lock = ਤਾਲਾ ਲਾਓ
# The same button when the drafts open without a passphrase on this computer account: it closes
# them and clears the screen, but does not promise a lock that anyone on the account can open.
nav-lock-keychain = ਖਰੜੇ ਬੰਦ ਕਰੋ
# Button at the top of every screen: blanks the window at once and locks the drafts, for when
# someone comes into the room. Pressing Escape twice or Shift three times does the same.
nav-hide = ਲੁਕਾਓ
# The only thing on the blank screen shown after "Hide". Deliberately plain, so the screen
# gives nothing away; it leads to the locked screen, never back to the draft.
cover-continue = ਜਾਰੀ ਰੱਖੋ
nav-drafts = ਮੇਰੇ ਖਰੜੇ

## Locked, and other ways in

locked-title = ਤੁਹਾਡੇ ਖਰੜਿਆਂ ਨੂੰ ਤਾਲਾ ਲੱਗਿਆ ਹੋਇਆ ਹੈ
locked-intro = ਐਪ ਨੇ ਤੁਹਾਡੇ ਖਰੜਿਆਂ ਨੂੰ ਨਿੱਜੀ ਰੱਖਣ ਲਈ ਤਾਲਾ ਲਾ ਦਿੱਤਾ ਹੈ। ਜਦੋਂ ਤੱਕ ਤਾਲਾ ਖੋਲ੍ਹਿਆ ਨਹੀਂ ਜਾਂਦਾ, ਕੋਈ ਵੀ ਇਹਨਾਂ ਨੂੰ ਪੜ੍ਹ ਨਹੀਂ ਸਕਦਾ।
locked-intro-keychain = ਤੁਹਾਡੇ ਖਰੜੇ ਬੰਦ ਕਰ ਦਿੱਤੇ ਗਏ ਹਨ ਅਤੇ ਸਕਰੀਨ ਸਾਫ਼ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ। ਇਸ ਕੰਪਿਊਟਰ ਖਾਤੇ ਉੱਤੇ ਇਹ ਪਾਸਫ਼ਰੇਜ਼ ਤੋਂ ਬਿਨਾਂ ਖੁੱਲ੍ਹਦੇ ਹਨ, ਇਸ ਲਈ ਜੋ ਵੀ ਇਹ ਖਾਤਾ ਵਰਤ ਸਕਦਾ ਹੈ ਉਹ ਹੇਠਲੇ ਬਟਨ ਨਾਲ ਇਹਨਾਂ ਨੂੰ ਮੁੜ ਖੋਲ੍ਹ ਸਕਦਾ ਹੈ।
locked-unlock = ਤਾਲਾ ਖੋਲ੍ਹੋ
locked-try-again = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
passphrase-label = ਪਾਸਫ਼ਰੇਜ਼
passphrase-again-label = ਪਾਸਫ਼ਰੇਜ਼ ਦੁਬਾਰਾ ਲਿਖੋ
passphrase-mismatch = ਦੋਵੇਂ ਪਾਸਫ਼ਰੇਜ਼ ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਇਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਲਿਖੋ।
passphrase-unlock = ਮੇਰੇ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਤਾਲਾ ਖੋਲ੍ਹੋ
# Under the passphrase box while a new passphrase is typed: how easy it would be to guess.
passphrase-strength-easy = ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਸੌਖਾ ਹੈ। ਕੁਝ ਹੋਰ ਸ਼ਬਦ ਜੋੜੋ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਸਿਰਫ਼ ਤੁਸੀਂ ਹੀ ਇਕੱਠੇ ਰੱਖੋਗੇ।
passphrase-strength-fair = ਠੀਕ-ਠਾਕ। ਇੱਕ ਜਾਂ ਦੋ ਹੋਰ ਸ਼ਬਦਾਂ ਨਾਲ ਇਸ ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਬਹੁਤ ਔਖਾ ਹੋ ਜਾਵੇਗਾ।
passphrase-strength-hard = ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਔਖਾ ਹੈ। ਵਧੀਆ।
choose-title = ਪਾਸਫ਼ਰੇਜ਼ ਚੁਣੋ
choose-intro = ਪਾਸਫ਼ਰੇਜ਼ ਪਾਸਵਰਡ ਵਰਗਾ ਹੀ ਹੁੰਦਾ ਹੈ, ਪਰ ਲੰਮਾ: ਕੋਈ ਛੋਟਾ ਜਿਹਾ ਵਾਕ, ਜੋ ਤੁਹਾਨੂੰ ਯਾਦ ਰਹੇ, ਵਧੀਆ ਰਹਿੰਦਾ ਹੈ। ਜਦੋਂ ਵੀ ਤੁਸੀਂ ਆਪਣੇ ਖਰੜੇ ਖੋਲ੍ਹੋਗੇ, ਤੁਹਾਨੂੰ ਇਸ ਦੀ ਲੋੜ ਪਵੇਗੀ। ਇਸ ਤੋਂ ਬਾਅਦ ਤੁਹਾਨੂੰ ਇੱਕ ਰਿਕਵਰੀ ਕੋਡ ਮਿਲੇਗਾ। ਜੇ ਤੁਸੀਂ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਭੁੱਲ ਜਾਓ, ਤਾਂ ਸਿਰਫ਼ ਉਹੀ ਕੋਡ ਤੁਹਾਡੇ ਖਰੜੇ ਖੋਲ੍ਹ ਸਕਦਾ ਹੈ: ਹੋਰ ਕੋਈ ਵੀ, Family Voice ਵੀ ਨਹੀਂ, ਇਹਨਾਂ ਨੂੰ ਤੁਹਾਡੇ ਲਈ ਵਾਪਸ ਨਹੀਂ ਲਿਆ ਸਕਦਾ।
choose-save = ਇਹ ਪਾਸਫ਼ਰੇਜ਼ ਵਰਤੋ
lost-title = ਤੁਹਾਡੇ ਖਰੜੇ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕਦੇ
lost-start-again = ਨਵੇਂ ਸਿਰਿਓਂ ਸ਼ੁਰੂ ਕਰੋ
# Asked once after "Start again". Followed by the two buttons below.
lost-confirm = ਨਵੇਂ ਸਿਰਿਓਂ ਸ਼ੁਰੂ ਕਰਨ ਨਾਲ ਜਿਹੜੇ ਖਰੜੇ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕਦੇ, ਉਹ ਇੱਕ ਵੱਖਰੇ ਫੋਲਡਰ ਵਿੱਚ ਇੱਕ ਪਾਸੇ ਰੱਖ ਦਿੱਤੇ ਜਾਂਦੇ ਹਨ, ਅਤੇ ਤੁਹਾਨੂੰ ਇੱਕ ਨਵੀਂ, ਖਾਲੀ ਸੂਚੀ ਮਿਲ ਜਾਂਦੀ ਹੈ। ਕੁਝ ਵੀ ਮਿਟਾਇਆ ਨਹੀਂ ਜਾਂਦਾ।
lost-confirm-yes = ਹਾਂ, ਇਹਨਾਂ ਨੂੰ ਇੱਕ ਪਾਸੇ ਰੱਖ ਕੇ ਨਵੇਂ ਸਿਰਿਓਂ ਸ਼ੁਰੂ ਕਰੋ
lost-confirm-no = ਨਹੀਂ, ਪਿੱਛੇ ਜਾਓ
failed-title = ਤੁਹਾਡੇ ਖਰੜੇ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕੇ

## The recovery code, shown once after a passphrase is chosen

recovery-title = ਤੁਹਾਡਾ ਰਿਕਵਰੀ ਕੋਡ
recovery-intro = ਜੇ ਤੁਸੀਂ ਕਦੇ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਭੁੱਲ ਜਾਓ, ਤਾਂ ਉਸ ਦੀ ਥਾਂ ਇਹ ਕੋਡ ਤੁਹਾਡੇ ਖਰੜੇ ਖੋਲ੍ਹ ਦੇਵੇਗਾ। ਇਹ ਸਿਰਫ਼ ਇਸ ਇੱਕ ਵਾਰ ਹੀ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ।
recovery-keep = ਇਸ ਨੂੰ ਲਿਖ ਲਓ, ਜਾਂ ਰਿਕਵਰੀ ਪੰਨਾ ਸੇਵ ਕਰਕੇ ਪ੍ਰਿੰਟ ਕਰ ਲਓ। ਕੋਡ ਨੂੰ ਇਸ ਕੰਪਿਊਟਰ ਤੋਂ ਦੂਰ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ: ਜਿਸ ਕੋਲ ਵੀ ਇਹ ਹੋਵੇ, ਉਹ ਤੁਹਾਡੇ ਖਰੜੇ ਖੋਲ੍ਹ ਸਕਦਾ ਹੈ।
recovery-save = ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ ਰਿਕਵਰੀ ਪੰਨਾ ਸੇਵ ਕਰੋ
# After "It was saved as:" and the file's name.
recovery-saved-note = ਇਸ ਨੂੰ ਪ੍ਰਿੰਟ ਕਰੋ, ਕਾਗ਼ਜ਼ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ, ਫਿਰ ਇਸ ਕੰਪਿਊਟਰ ਤੋਂ ਫ਼ਾਈਲ ਮਿਟਾ ਦਿਓ।
recovery-done = ਮੈਂ ਇਸ ਨੂੰ ਸੰਭਾਲ ਕੇ ਰੱਖ ਲਿਆ ਹੈ। ਜਾਰੀ ਰੱਖੋ
# On the locked screen: opens the way in with the recovery code.
locked-forgot = ਮੈਨੂੰ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਯਾਦ ਨਹੀਂ
locked-forgot-intro = ਆਪਣੇ ਰਿਕਵਰੀ ਪੰਨੇ ਵਾਲਾ ਕੋਡ ਲਿਖੋ, ਫਿਰ ਨਵਾਂ ਪਾਸਫ਼ਰੇਜ਼ ਚੁਣੋ। ਤੁਹਾਡੇ ਖਰੜੇ ਖੁੱਲ੍ਹ ਜਾਣਗੇ, ਅਤੇ ਉਸ ਤੋਂ ਬਾਅਦ ਨਵਾਂ ਪਾਸਫ਼ਰੇਜ਼ ਇਹਨਾਂ ਨੂੰ ਖੋਲ੍ਹੇਗਾ।
recovery-code-label = ਰਿਕਵਰੀ ਕੋਡ
recovery-new-save = ਨਵੇਂ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਮੇਰੇ ਖਰੜੇ ਖੋਲ੍ਹੋ

## The very first start: how the drafts will open

first-title = ਤੁਹਾਡੇ ਖਰੜੇ ਕਿਵੇਂ ਖੁੱਲ੍ਹਣ?
first-intro = ਤੁਸੀਂ ਇੱਥੇ ਜੋ ਵੀ ਲਿਖਦੇ ਹੋ, ਉਹ ਇਸ ਕੰਪਿਊਟਰ ਉੱਤੇ ਤਾਲਾ ਲਾ ਕੇ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ। ਚੁਣੋ ਕਿ ਇਹ ਕਿਵੇਂ ਖੁੱਲ੍ਹੇ। ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਕੁਝ ਵੀ ਗੁਆਏ ਬਿਨਾਂ ਇਸ ਨੂੰ ਬਦਲ ਸਕਦੇ ਹੋ।
first-passphrase = ਹਰ ਵਾਰ ਮੇਰਾ ਪਾਸਫ਼ਰੇਜ਼ ਪੁੱਛੋ
# Under the button above. Says why it is recommended.
first-passphrase-why = ਅਸੀਂ ਇਹੀ ਸਲਾਹ ਦਿੰਦੇ ਹਾਂ, ਕਿਉਂਕਿ ਹੋ ਸਕਦਾ ਹੈ ਹੋਰ ਲੋਕ ਵੀ ਇਹ ਕੰਪਿਊਟਰ ਵਰਤਦੇ ਹੋਣ। ਸਿਰਫ਼ ਉਹੀ ਵਿਅਕਤੀ ਤੁਹਾਡੇ ਖਰੜੇ ਖੋਲ੍ਹ ਸਕਦਾ ਹੈ ਜਿਸ ਨੂੰ ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼ ਪਤਾ ਹੋਵੇ, ਤੁਹਾਡੇ ਆਪਣੇ ਕੰਪਿਊਟਰ ਖਾਤੇ ਉੱਤੇ ਵੀ।
first-keychain = ਇਸ ਕੰਪਿਊਟਰ ਖਾਤੇ ਉੱਤੇ ਬਿਨਾਂ ਪੁੱਛੇ ਖੋਲ੍ਹੋ
# Under the button above. Says plainly who can then open the drafts.
first-keychain-why = ਤੁਹਾਨੂੰ ਪਾਸਫ਼ਰੇਜ਼ ਦੀ ਲੋੜ ਨਹੀਂ ਪਵੇਗੀ। ਪਰ ਜੋ ਵੀ ਇਹ ਕੰਪਿਊਟਰ ਖਾਤਾ ਵਰਤ ਸਕਦਾ ਹੈ, ਉਹ ਤੁਹਾਡੇ ਖਰੜੇ ਖੋਲ੍ਹ ਸਕਦਾ ਹੈ, ਅਤੇ ਇਸ ਉੱਤੇ ਚੱਲਣ ਵਾਲੇ ਪ੍ਰੋਗਰਾਮ ਵੀ।

## How the drafts open, on the start screen (can be changed)

way-heading = ਤੁਹਾਡੇ ਖਰੜੇ ਕਿਵੇਂ ਖੁੱਲ੍ਹਦੇ ਹਨ
way-keychain-now = ਇਸ ਕੰਪਿਊਟਰ ਖਾਤੇ ਉੱਤੇ ਤੁਹਾਡੇ ਖਰੜੇ ਪਾਸਫ਼ਰੇਜ਼ ਤੋਂ ਬਿਨਾਂ ਖੁੱਲ੍ਹਦੇ ਹਨ। ਜੋ ਵੀ ਇਹ ਖਾਤਾ ਵਰਤ ਸਕਦਾ ਹੈ, ਉਹ ਇਹਨਾਂ ਨੂੰ ਖੋਲ੍ਹ ਸਕਦਾ ਹੈ।
way-to-passphrase-intro = ਇਹ ਖਾਤਾ ਵਰਤਣ ਵਾਲੇ ਹੋਰ ਲੋਕਾਂ ਤੋਂ ਇਹਨਾਂ ਨੂੰ ਬਚਾ ਕੇ ਰੱਖਣ ਲਈ, ਇੱਕ ਪਾਸਫ਼ਰੇਜ਼ ਚੁਣੋ। ਉਸ ਤੋਂ ਬਾਅਦ ਇਹ ਹਰ ਵਾਰ ਪੁੱਛਿਆ ਜਾਵੇਗਾ।
way-to-passphrase = ਹਰ ਵਾਰ ਮੇਰਾ ਪਾਸਫ਼ਰੇਜ਼ ਪੁੱਛੋ
way-passphrase-now = ਤੁਹਾਡੇ ਖਰੜੇ ਹਰ ਵਾਰ ਖੁੱਲ੍ਹਣ ਵੇਲੇ ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼ ਪੁੱਛਦੇ ਹਨ।
way-to-keychain-intro = ਇਸ ਕੰਪਿਊਟਰ ਖਾਤੇ ਉੱਤੇ ਇਹਨਾਂ ਨੂੰ ਪਾਸਫ਼ਰੇਜ਼ ਤੋਂ ਬਿਨਾਂ ਖੋਲ੍ਹਣ ਲਈ, ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਇੱਕ ਵਾਰ ਹੋਰ ਲਿਖੋ। ਉਸ ਤੋਂ ਬਾਅਦ ਜੋ ਵੀ ਇਹ ਖਾਤਾ ਵਰਤ ਸਕਦਾ ਹੈ, ਉਹ ਇਹਨਾਂ ਨੂੰ ਖੋਲ੍ਹ ਸਕੇਗਾ।
way-to-keychain = ਇਸ ਕੰਪਿਊਟਰ ਖਾਤੇ ਉੱਤੇ ਬਿਨਾਂ ਪੁੱਛੇ ਖੋਲ੍ਹੋ
# After either change above.
way-changed = ਹੋ ਗਿਆ। ਤੁਹਾਡੇ ਸਾਰੇ ਖਰੜੇ ਅਜੇ ਵੀ ਇੱਥੇ ਹੀ ਹਨ।

## While the computer's password store is being asked for the drafts' key

asking-title = ਤੁਹਾਡੇ ਖਰੜੇ ਖੁੱਲ੍ਹ ਰਹੇ ਹਨ
# Shown while the computer puts up its own box asking for its password (the "keyring"), which
# can take a while. Written so that a family knows the box is the computer's, not a trick.
asking-intro = ਤੁਹਾਡਾ ਕੰਪਿਊਟਰ ਆਪਣੇ ਪਾਸਵਰਡ ਭੰਡਾਰ ਦਾ ਪਾਸਵਰਡ ਮੰਗ ਰਿਹਾ ਹੈ… ਇਹ ਕੰਪਿਊਟਰ ਦਾ ਆਪਣਾ ਪਾਸਵਰਡ ਵਾਲਾ ਡੱਬਾ ਹੈ, Family Voice ਦਾ ਨਹੀਂ। ਉੱਥੇ ਆਪਣੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ ਲਿਖੋ, ਅਤੇ ਤੁਹਾਡੇ ਖਰੜੇ ਖੁੱਲ੍ਹ ਜਾਣਗੇ।
# Shown under the message above, only when the drafts also have a passphrase.
asking-passphrase-intro = ਜਾਂ ਇਸ ਦੀ ਥਾਂ ਆਪਣੇ Family Voice ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਤਾਲਾ ਖੋਲ੍ਹੋ:

## Delete everything (at the foot of the start screens)

erase-heading = ਇਸ ਕੰਪਿਊਟਰ ਤੋਂ ਸਭ ਕੁਝ ਮਿਟਾਓ
# Says exactly what goes, so nobody is surprised, and that it cannot be undone.
erase-intro = ਇਸ ਨਾਲ ਉਹ ਸਭ ਕੁਝ ਮਿਟ ਜਾਂਦਾ ਹੈ ਜੋ Family Voice ਇਸ ਕੰਪਿਊਟਰ ਉੱਤੇ ਰੱਖਦੀ ਹੈ: ਹਰ ਖਰੜਾ, ਉਹਨਾਂ ਦੀ ਹਰ ਕਾਪੀ, ਉਹਨਾਂ ਨੂੰ ਖੋਲ੍ਹਣ ਵਾਲੀ ਚਾਬੀ, ਦੁਭਾਸ਼ੀਆਂ ਵੱਲੋਂ ਕੀਤੀ ਅਨੁਵਾਦ ਦੀ ਜਾਂਚ, ਅਤੇ ਤੁਹਾਡੀਆਂ ਸੈਟਿੰਗਾਂ। ਇਸ ਨੂੰ ਵਾਪਸ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ। ਕੰਮ ਪੂਰਾ ਹੋਣ 'ਤੇ ਐਪ ਬੰਦ ਹੋ ਜਾਂਦੀ ਹੈ। ਜਿਹੜੀਆਂ PDF ਤੁਸੀਂ ਖ਼ੁਦ ਕਿਤੇ ਹੋਰ ਸੇਵ ਕੀਤੀਆਂ ਹਨ, ਉਹਨਾਂ ਨੂੰ ਛੇੜਿਆ ਨਹੀਂ ਜਾਂਦਾ।
# Above the box. The word to type follows on its own line.
erase-confirm-label = ਪੱਕਾ ਕਰਨ ਲਈ, ਡੱਬੇ ਵਿੱਚ ਇਹ ਸ਼ਬਦ ਲਿਖੋ:
# The word the family must type to confirm. Use an ordinary word of your language that means
# "delete", easy to type on a keyboard for your language.
erase-confirm-word = ਮਿਟਾਓ
erase-button = ਹੁਣੇ ਸਭ ਕੁਝ ਮਿਟਾਓ
# Under the box, when what was typed is not the word above.
erase-not-confirmed = ਕੁਝ ਵੀ ਮਿਟਾਇਆ ਨਹੀਂ ਗਿਆ। ਸਭ ਕੁਝ ਮਿਟਾਉਣ ਲਈ, ਉੱਪਰ ਦਿਖਾਇਆ ਸ਼ਬਦ ਬਿਲਕੁਲ ਉਵੇਂ ਹੀ ਲਿਖੋ।
# Under the box, when the drafts were deleted but a folder of the app's other files could not be removed
# (another program was still writing in it). Read by a parent who has just deleted everything.
erase-incomplete = ਤੁਹਾਡੇ ਡਰਾਫ਼ਟ ਅਤੇ ਉਨ੍ਹਾਂ ਦੀ ਚਾਬੀ ਮਿਟਾ ਦਿੱਤੇ ਗਏ ਹਨ, ਪਰ ਐਪ ਦੀਆਂ ਕੁਝ ਹੋਰ ਫ਼ਾਈਲਾਂ ਅਜੇ ਹਟਾਈਆਂ ਨਹੀਂ ਜਾ ਸਕੀਆਂ। Family Voice ਬੰਦ ਕਰੋ, ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ ਅਤੇ ਇੱਕ ਵਾਰ ਫਿਰ “ਸਭ ਕੁਝ ਮਿਟਾਓ” ਚੁਣੋ।

## Read aloud (beside each question, guide paragraph and child's question)

# Small button that reads the words beside it aloud, through the computer's own voice.
read-aloud = ਉੱਚੀ ਪੜ੍ਹੋ
# The same button while it is reading: stops the reading at once.
read-aloud-stop = ਰੋਕੋ
# Shown once on a screen instead of the buttons, when the computer has no voice for the
# screens' language (Somali, on most computers).
read-aloud-no-voice = ਇਸ ਕੰਪਿਊਟਰ ਵਿੱਚ ਕੋਈ ਅਜਿਹੀ ਆਵਾਜ਼ ਨਹੀਂ ਜੋ ਇਹ ਭਾਸ਼ਾ ਉੱਚੀ ਪੜ੍ਹ ਸਕੇ।
# Shown when the computer's voice failed to read the words.
read-aloud-failed = ਉੱਚੀ ਪੜ੍ਹਨਾ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

# After the conference: the categories of harm a Child Protection Plan is made under in England.
outcome-category-physical = ਸਰੀਰਕ ਦੁਰਵਿਹਾਰ
outcome-category-emotional = ਭਾਵਨਾਤਮਕ ਦੁਰਵਿਹਾਰ
outcome-category-sexual = ਜਿਨਸੀ ਦੁਰਵਿਹਾਰ
outcome-category-neglect = ਅਣਗਹਿਲੀ
# On a review conference's draft, above the answer the family gave to the same question last time.
last-time-said = ਪਿਛਲੀ ਵਾਰ ਤੁਸੀਂ ਕਿਹਾ ਸੀ:
# Under the last answer: a prompt to think about what is different now.
last-time-changed = ਉਸ ਤੋਂ ਬਾਅਦ ਕੀ ਬਦਲਿਆ ਹੈ? ਕੀ ਇਹ ਅਜੇ ਵੀ ਸੱਚ ਹੈ?
# A button beside a parent's draft on the start screen: it starts a new draft for the review conference from it, and the old one stays as it was.
drafts-prepare-review = ਸਮੀਖਿਆ ਕਾਨਫਰੰਸ ਦੀ ਤਿਆਰੀ ਕਰੋ
## After the conference: a part of the timeline screen where the family writes down what was decided.
# Heading.
outcome-title = ਕਾਨਫਰੰਸ ਤੋਂ ਬਾਅਦ
# Under the heading.
outcome-intro = ਜਦੋਂ ਕਾਨਫਰੰਸ ਖਤਮ ਹੋ ਜਾਵੇ, ਲਿਖ ਲਓ ਕਿ ਕੀ ਫੈਸਲਾ ਹੋਇਆ। ਫਿਰ ਸਮਾਂ-ਰੇਖਾ ਤੁਹਾਨੂੰ ਦਿੱਤੀਆਂ ਤਾਰੀਖਾਂ ਦਿਖਾਏਗੀ।
# A question with three answers below it.
outcome-plan-label = ਕੀ ਕਾਨਫਰੰਸ ਨੇ ਚਾਈਲਡ ਪ੍ਰੋਟੈਕਸ਼ਨ ਪਲਾਨ ਬਣਾਉਣ ਦਾ ਫੈਸਲਾ ਕੀਤਾ?
outcome-plan-yes = ਹਾਂ, ਪਲਾਨ ਹੈ
outcome-plan-no = ਕੋਈ ਪਲਾਨ ਨਹੀਂ
outcome-plan-unsure = ਮੈਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ
# Above four boxes to tick, each with a category of harm and a plain sentence saying what it means.
outcome-categories-label = ਉਨ੍ਹਾਂ ਨੇ ਕਿਸ ਕਿਸਮ ਦੇ ਨੁਕਸਾਨ ਦੀ ਗੱਲ ਕੀਤੀ? ਤੁਸੀਂ ਇੱਕ ਤੋਂ ਵੱਧ ਚੁਣ ਸਕਦੇ ਹੋ।
outcome-category-physical-hint = ਬੱਚੇ ਦੇ ਸਰੀਰ ਨੂੰ ਸੱਟ ਮਾਰਨਾ, ਜਾਂ ਉਸਨੂੰ ਸੱਟ ਤੋਂ ਸੁਰੱਖਿਅਤ ਨਾ ਰੱਖਣਾ।
outcome-category-emotional-hint = ਬੱਚੇ ਨਾਲ ਅਜਿਹਾ ਵਿਹਾਰ ਜੋ ਉਸਦੀਆਂ ਭਾਵਨਾਵਾਂ ਨੂੰ ਦੁੱਖ ਦੇਵੇ, ਜਿਵੇਂ ਬਹੁਤ ਚੀਕਣਾ, ਡਰਾਉਣਾ ਜਾਂ ਅਣਡਿੱਠ ਕਰਨਾ।
outcome-category-sexual-hint = ਬੱਚੇ ਨੂੰ ਜਿਨਸੀ ਗੱਲਾਂ ਵਿੱਚ ਹਿੱਸਾ ਲੈਣ ਲਈ ਮਜਬੂਰ ਕਰਨਾ ਜਾਂ ਲੈਣ ਦੇਣਾ।
outcome-category-neglect-hint = ਬੱਚੇ ਨੂੰ ਹਰ ਰੋਜ਼ ਦੀਆਂ ਲੋੜਾਂ ਨਾ ਦੇਣਾ, ਜਿਵੇਂ ਖਾਣਾ, ਨਿੱਘ, ਦੇਖਭਾਲ, ਸੁਰੱਖਿਆ ਜਾਂ ਡਾਕਟਰ।
# Labels of two date boxes.
outcome-core-group-label = ਪਹਿਲੀ ਕੋਰ ਗਰੁੱਪ ਮੀਟਿੰਗ ਦੀ ਤਾਰੀਖ
outcome-review-label = ਸਮੀਖਿਆ ਕਾਨਫਰੰਸ ਦੀ ਤਾਰੀਖ
# On the guide's section about complaints, when a draft is open: a box where the family may keep the council's contact for a complaint about how the conference was run. The app has no council's details built in.
outcome-council-label = ਸ਼ਿਕਾਇਤਾਂ ਲਈ ਤੁਹਾਡੀ ਕੌਂਸਲ ਦਾ ਸੰਪਰਕ (ਨਾਮ, ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਈਮੇਲ), ਜੇ ਤੁਸੀਂ ਇੱਥੇ ਰੱਖਣਾ ਚਾਹੋ
# The button that saves what was decided.
outcome-save = ਫੈਸਲਾ ਸੰਭਾਲੋ
# Shown after saving.
outcome-saved = ਸੰਭਾਲ ਲਿਆ। ਸਮਾਂ-ਰੇਖਾ ਹੁਣ ਤੁਹਾਨੂੰ ਦਿੱਤੀਆਂ ਤਾਰੀਖਾਂ ਦਿਖਾਉਂਦੀ ਹੈ।

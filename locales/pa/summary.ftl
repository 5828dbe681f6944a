# What the family wrote, put together: on the "Check your answers" screen and in the PDF.
# Readers: the family, then the Chair and the professionals at the conference.

# The PDF's title.
summary-title = ਬਾਲ ਸੁਰੱਖਿਆ ਕਾਨਫ਼ਰੰਸ ਲਈ ਪਰਿਵਾਰ ਦੇ ਵਿਚਾਰ
# Short title at the top right of every PDF page.
summary-header-title = ਪਰਿਵਾਰ ਦੇ ਵਿਚਾਰ
# At the top left of every PDF page.
summary-confidential = ਗੁਪਤ
# At the bottom of every PDF page.
summary-page-of = ਪੰਨਾ { $page }, ਕੁੱਲ { $pages } ਵਿੱਚੋਂ
summary-about-heading = ਸਾਡੇ ਬਾਰੇ
summary-written-by = ਕਿਸ ਨੇ ਲਿਖਿਆ
# $name is the writer's name, $relationship what they are to the children ("mum").
summary-writer-with-relationship = { $name } ({ $relationship })
summary-children = ਬੱਚੇ
summary-child-aged = { $age ->
        [one] { $name }, ਉਮਰ { $age } ਸਾਲ
       *[other] { $name }, ਉਮਰ { $age } ਸਾਲ
    }
summary-child-born = { $name }, ਜਨਮ ਦੀ ਤਾਰੀਖ਼ { $date }
summary-conference = ਕਾਨਫ਼ਰੰਸ
summary-date-at-time = { $date }, { $time }
summary-social-worker = ਸੋਸ਼ਲ ਵਰਕਰ
summary-helped-by = ਕਿਸ ਨੇ ਮਦਦ ਕੀਤੀ
# $role is one of the helper words below, $name the helper's name.
summary-helper-with-name = { $role }: { $name }
# The language the family chose; their answers are usually written in it too.
summary-language = ਸਵਾਲਾਂ ਅਤੇ ਜਵਾਬਾਂ ਦੀ ਭਾਸ਼ਾ
# At the foot of the last page of a PDF in a language other than English, until a qualified
# interpreter has checked this language's wording. Also shown beside the language in the chooser.
summary-translation-note = ਇਹ ਸਵਾਲ Family Voice ਟੀਮ ਨੇ ਅਨੁਵਾਦ ਕੀਤੇ ਹਨ, ਅਤੇ ਅਜੇ ਤੱਕ ਕਿਸੇ ਯੋਗਤਾ-ਪ੍ਰਾਪਤ ਦੁਭਾਸ਼ੀਏ ਨੇ ਇਹਨਾਂ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ ਹੈ।
summary-interpreter = ਕਾਨਫ਼ਰੰਸ ਵਿੱਚ ਦੁਭਾਸ਼ੀਆ
summary-interpreter-yes = ਹਾਂ, { $language } ਲਈ
summary-interpreter-no = ਲੋੜ ਨਹੀਂ
summary-access-needs = ਮੀਟਿੰਗ ਵਿੱਚ ਹਿੱਸਾ ਲੈਣ ਲਈ ਸਾਨੂੰ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਮਦਦ ਮਿਲੇਗੀ
# The family's number on the 0 to 10 scale.
summary-scale-answer = 10 ਵਿੱਚੋਂ { $score }
# In place of an answer the family left blank.
summary-not-answered = ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ
summary-closing-heading = ਦਸਤਖ਼ਤ
summary-made-on = ਬਣਾਉਣ ਦੀ ਤਾਰੀਖ਼
summary-signature = ਦਸਤਖ਼ਤ
summary-signed-date = ਤਾਰੀਖ਼

conference-kind-initial = ਪਹਿਲੀ ਕਾਨਫ਼ਰੰਸ
conference-kind-review = ਸਮੀਖਿਆ ਕਾਨਫ਼ਰੰਸ
meeting-format-in-person = ਇੱਕ ਕਮਰੇ ਵਿੱਚ, ਸਾਰੇ ਇਕੱਠੇ
meeting-format-video = ਵੀਡੀਓ ਕਾਲ ਉੱਤੇ
meeting-format-mixed = ਕੁਝ ਲੋਕ ਕਮਰੇ ਵਿੱਚ, ਕੁਝ ਵੀਡੀਓ ਕਾਲ ਉੱਤੇ
meeting-format-phone = ਫ਼ੋਨ ਉੱਤੇ
helper-nobody = ਕਿਸੇ ਨੇ ਨਹੀਂ, ਮੈਂ ਆਪ ਲਿਖਿਆ
helper-supporter = ਕੋਈ ਦੋਸਤ ਜਾਂ ਪਰਿਵਾਰ ਦਾ ਜੀਅ
helper-advocate = ਕੋਈ ਹਿਮਾਇਤੀ
helper-social-worker = ਕੋਈ ਸੋਸ਼ਲ ਵਰਕਰ
helper-interpreter = ਕੋਈ ਦੁਭਾਸ਼ੀਆ
# Heading of the short timeline on the first page of the PDF and on the "Check your answers" screen.
summary-next-heading = ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ

## The recovery sheet: one page the family prints, with the code that opens their drafts if
## the passphrase is forgotten. It names nobody.

recovery-pdf-title = Family Voice: ਰਿਕਵਰੀ ਕੋਡ
recovery-pdf-what = ਜੇ ਤੁਸੀਂ ਆਪਣਾ Family Voice ਪਾਸਫ਼ਰੇਜ਼ ਭੁੱਲ ਜਾਓ, ਤਾਂ ਉਸ ਦੀ ਥਾਂ ਇਹ ਕੋਡ ਤੁਹਾਡੇ ਖਰੜੇ ਖੋਲ੍ਹਦਾ ਹੈ।
recovery-pdf-how = ਤਾਲੇ ਵਾਲੀ ਸਕਰੀਨ ਉੱਤੇ "ਮੈਨੂੰ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਯਾਦ ਨਹੀਂ" ਚੁਣੋ। ਇਹ ਕੋਡ ਲਿਖੋ, ਫਿਰ ਨਵਾਂ ਪਾਸਫ਼ਰੇਜ਼ ਚੁਣੋ।
recovery-pdf-keep = ਇਹ ਪੰਨਾ ਕੰਪਿਊਟਰ ਤੋਂ ਦੂਰ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ। ਜਿਸ ਕੋਲ ਵੀ ਇਹ ਕੋਡ ਹੋਵੇ ਅਤੇ ਜੋ ਕੰਪਿਊਟਰ ਵਰਤ ਸਕਦਾ ਹੋਵੇ, ਉਹ ਤੁਹਾਡੇ ਖਰੜੇ ਖੋਲ੍ਹ ਸਕਦਾ ਹੈ।
# $date: the day the sheet was made, e.g. "Sunday 6 December 2026".
recovery-pdf-made = ਬਣਾਉਣ ਦੀ ਤਾਰੀਖ਼: { $date }।

## My notes for the day: one page the family prints to hold at the conference, in large type.
## The six headings are printed in this order; the first three are the Chair's own.

# Title of the notes page, on the notes screen and the printed page.
notes-title = ਮੀਟਿੰਗ ਵਾਲੇ ਦਿਨ ਲਈ ਮੇਰੇ ਨੋਟ
notes-working-well = ਕੀ ਚੰਗਾ ਚੱਲ ਰਿਹਾ ਹੈ
notes-worries = ਮੈਨੂੰ ਕਿਸ ਗੱਲ ਦੀ ਚਿੰਤਾ ਹੈ
notes-change = ਕੀ ਬਦਲਣ ਦੀ ਲੋੜ ਹੈ
notes-reports = ਰਿਪੋਰਟਾਂ ਬਾਰੇ ਮੈਂ ਕੀ ਕਹਿਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ ਹਾਂ
notes-questions = ਚੇਅਰ ਲਈ ਮੇਰੇ ਸਵਾਲ
notes-coming = ਮੇਰੇ ਨਾਲ ਕੌਣ ਆ ਰਿਹਾ ਹੈ
# Shown on the notes screen when the notes would not fit on one printed page.
error-notes-too-long = ਤੁਹਾਡੇ ਨੋਟ ਇੱਕ ਪੰਨੇ ਤੋਂ ਲੰਬੇ ਹਨ। ਕੁਝ ਨੋਟ ਛੋਟੇ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਪ੍ਰਿੰਟ ਕਰੋ। ਤੁਹਾਡਾ ਲਿਖਿਆ ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ ਹੈ।
# Under the title of the notes screen.
notes-intro = ਇਹ ਨੋਟ ਮੀਟਿੰਗ ਵਿੱਚ ਤੁਹਾਡੇ ਹੱਥ ਵਿੱਚ ਰੱਖਣ ਲਈ ਹਨ। ਇਹ ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਤੋਂ ਸ਼ੁਰੂ ਹੁੰਦੇ ਹਨ। ਜਿਵੇਂ ਚਾਹੋ ਬਦਲੋ: ਹਰ ਲਾਈਨ ਵਿੱਚ ਇੱਕ ਛੋਟੀ ਗੱਲ ਪੜ੍ਹਨੀ ਸਭ ਤੋਂ ਸੌਖੀ ਹੈ।
# Button on the notes screen that saves the page as a PDF.
notes-print = ਮੇਰੇ ਨੋਟ ਪ੍ਰਿੰਟ ਕਰੋ

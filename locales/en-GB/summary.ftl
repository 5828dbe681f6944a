# What the family wrote, put together: on the "Check your answers" screen and in the PDF.
# Readers: the family, then the Chair and the professionals at the conference.

# The PDF's title.
summary-title = Family contribution to the Child Protection Conference
# Short title at the top right of every PDF page.
summary-header-title = Family contribution
# At the top left of every PDF page.
summary-confidential = Confidential
# At the bottom of every PDF page.
summary-page-of = Page { $page } of { $pages }
summary-about-heading = About us
summary-written-by = Written by
# $name is the writer's name, $relationship what they are to the children ("mum").
summary-writer-with-relationship = { $name } ({ $relationship })
summary-children = Children
summary-child-aged = { $age ->
        [one] { $name }, aged { $age } year
       *[other] { $name }, aged { $age } years
    }
summary-child-born = { $name }, born { $date }
summary-conference = The conference
summary-date-at-time = { $date } at { $time }
summary-social-worker = Social worker
summary-helped-by = Who helped
# $role is one of the helper words below, $name the helper's name.
summary-helper-with-name = { $role }: { $name }
# The language the family chose; their answers are usually written in it too.
summary-language = Language of the questions and answers
# At the foot of the last page of a PDF in a language other than English, until a qualified
# interpreter has checked this language's wording. Also shown beside the language in the chooser.
summary-translation-note = These questions were translated by the Family Voice team and have not yet been checked by a qualified interpreter.
summary-interpreter = Interpreter at the conference
summary-interpreter-yes = Yes, for { $language }
summary-interpreter-no = Not needed
summary-access-needs = What would help us take part
# The family's number on the 0 to 10 scale.
summary-scale-answer = { $score } out of 10
# In place of an answer the family left blank.
summary-not-answered = Not answered
summary-closing-heading = Signed
summary-made-on = Made on
summary-signature = Signature
summary-signed-date = Date

conference-kind-initial = Initial conference
conference-kind-review = Review conference
meeting-format-in-person = In a room together
meeting-format-video = On a video call
meeting-format-mixed = Some in the room, some on video
meeting-format-phone = By phone
helper-nobody = Nobody, I wrote it on my own
helper-supporter = A friend or family member
helper-advocate = An advocate
helper-social-worker = A social worker
helper-interpreter = An interpreter
# Heading of the short timeline on the first page of the PDF and on the "Check your answers" screen.
summary-next-heading = What happens next

## The recovery sheet: one page the family prints, with the code that opens their drafts if
## the passphrase is forgotten. It names nobody.

recovery-pdf-title = Family Voice: recovery code
recovery-pdf-what = If you forget your Family Voice passphrase, this code opens your drafts instead.
recovery-pdf-how = On the locked screen, choose "I have forgotten my passphrase". Type this code, then choose a new passphrase.
recovery-pdf-keep = Keep this sheet somewhere safe, away from the computer. Anyone who has this code and can use the computer can open your drafts.
# $date: the day the sheet was made, e.g. "Sunday 6 December 2026".
recovery-pdf-made = Made on { $date }.

## My notes for the day: one page the family prints to hold at the conference, in large type.
## The six headings are printed in this order; the first three are the Chair's own.

# Title of the notes page, on the notes screen and the printed page.
notes-title = My notes for the day
notes-working-well = What is working well
notes-worries = What I am worried about
notes-change = What needs to change
notes-reports = What I want to say about the reports
notes-questions = My questions for the Chair
notes-coming = Who is coming with me
# Shown on the notes screen when the notes would not fit on one printed page.
error-notes-too-long = Your notes are too long for one page. Make some of them shorter, then print again. Nothing you wrote has been lost.
# Under the title of the notes screen.
notes-intro = These notes are for you to hold at the conference. They start from your answers. Change them as you like: one short point on each line is easiest to read.
# Button on the notes screen that saves the page as a PDF.
notes-print = Print my notes

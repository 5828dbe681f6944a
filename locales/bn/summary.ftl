# What the family wrote, put together: on the "Check your answers" screen and in the PDF.
# Readers: the family, then the Chair and the professionals at the conference.

# The PDF's title.
summary-title = শিশু সুরক্ষা কনফারেন্সের জন্য পরিবারের মতামত
# Short title at the top right of every PDF page.
summary-header-title = পরিবারের মতামত
# At the top left of every PDF page.
summary-confidential = গোপনীয়
# At the bottom of every PDF page.
summary-page-of = পৃষ্ঠা { $page } / { $pages }
summary-about-heading = আমাদের সম্পর্কে
summary-written-by = লিখেছেন
# $name is the writer's name, $relationship what they are to the children ("mum").
summary-writer-with-relationship = { $name } ({ $relationship })
summary-children = সন্তানেরা
summary-child-aged = { $age ->
        [one] { $name }, বয়স { $age } বছর
       *[other] { $name }, বয়স { $age } বছর
    }
summary-child-born = { $name }, জন্ম { $date }
summary-conference = কনফারেন্স
summary-date-at-time = { $date }, { $time }
summary-social-worker = সোশ্যাল ওয়ার্কার
summary-helped-by = কে সাহায্য করেছেন
# $role is one of the helper words below, $name the helper's name.
summary-helper-with-name = { $role }: { $name }
# The language the family chose; their answers are usually written in it too.
summary-language = প্রশ্ন ও উত্তরের ভাষা
# At the foot of the last page of a PDF in a language other than English, until a qualified
# interpreter has checked this language's wording. Also shown beside the language in the chooser.
summary-translation-note = এই প্রশ্নগুলো Family Voice টিম অনুবাদ করেছে। একজন যোগ্য দোভাষী এখনো এই অনুবাদ যাচাই করেননি।
summary-interpreter = কনফারেন্সে দোভাষী
summary-interpreter-yes = হ্যাঁ, { $language } ভাষার জন্য
summary-interpreter-no = দরকার নেই
summary-access-needs = অংশ নিতে আমাদের যা সাহায্য করবে
# The family's number on the 0 to 10 scale.
summary-scale-answer = 10-এর মধ্যে { $score }
# In place of an answer the family left blank.
summary-not-answered = উত্তর দেওয়া হয়নি
summary-closing-heading = স্বাক্ষর
summary-made-on = তৈরির তারিখ
summary-signature = স্বাক্ষর
summary-signed-date = তারিখ

conference-kind-initial = প্রথম কনফারেন্স
conference-kind-review = পর্যালোচনা কনফারেন্স
meeting-format-in-person = সবাই একসাথে একটি ঘরে
meeting-format-video = ভিডিও কলে
meeting-format-mixed = কেউ ঘরে, কেউ ভিডিও কলে
meeting-format-phone = ফোনে
helper-nobody = কেউ না, আমি নিজেই লিখেছি
helper-supporter = একজন বন্ধু বা পরিবারের সদস্য
helper-advocate = একজন অ্যাডভোকেট
helper-social-worker = একজন সোশ্যাল ওয়ার্কার
helper-interpreter = একজন দোভাষী
# Heading of the short timeline on the first page of the PDF and on the "Check your answers" screen.
summary-next-heading = এরপর কী হবে

## The recovery sheet: one page the family prints, with the code that opens their drafts if
## the passphrase is forgotten. It names nobody.

recovery-pdf-title = Family Voice: রিকভারি কোড
recovery-pdf-what = আপনার Family Voice পাসফ্রেজ ভুলে গেলে, তার বদলে এই কোডটি আপনার খসড়াগুলো খুলে দেয়।
recovery-pdf-how = লক করা স্ক্রিনে "আমি আমার পাসফ্রেজ ভুলে গেছি" বেছে নিন। এই কোডটি লিখুন, তারপর একটি নতুন পাসফ্রেজ বেছে নিন।
recovery-pdf-keep = এই পাতাটি কম্পিউটার থেকে দূরে কোনো নিরাপদ জায়গায় রাখুন। যার কাছে এই কোড আছে এবং যিনি কম্পিউটারটি ব্যবহার করতে পারেন, এমন যে কেউ আপনার খসড়াগুলো খুলতে পারবেন।
# $date: the day the sheet was made, e.g. "Sunday 6 December 2026".
recovery-pdf-made = তৈরির তারিখ: { $date }।

## My notes for the day: one page the family prints to hold at the conference, in large type.
## The six headings are printed in this order; the first three are the Chair's own.

# Title of the notes page, on the notes screen and the printed page.
notes-title = সভার দিনের জন্য আমার নোট
notes-working-well = কী ভালো চলছে
notes-worries = আমি কী নিয়ে চিন্তিত
notes-change = কী বদলানো দরকার
notes-reports = রিপোর্ট নিয়ে আমি যা বলতে চাই
notes-questions = সভাপতির জন্য আমার প্রশ্ন
notes-coming = আমার সাথে কে আসছেন
# Shown on the notes screen when the notes would not fit on one printed page.
error-notes-too-long = আপনার নোট এক পাতার চেয়ে লম্বা। কিছু নোট ছোট করুন, তারপর আবার প্রিন্ট করুন। আপনার লেখা কিছুই হারায়নি।
# Under the title of the notes screen.
notes-intro = এই নোটগুলো সভায় আপনার হাতে রাখার জন্য। এগুলো আপনার উত্তর থেকে শুরু হয়। যেমন চান বদলান: প্রতি লাইনে একটি ছোট কথা পড়তে সবচেয়ে সহজ।
# Button on the notes screen that saves the page as a PDF.
notes-print = আমার নোট প্রিন্ট করুন

# What the family wrote, put together: on the "Check your answers" screen and in the PDF.
# Readers: the family, then the Chair and the professionals at the conference.

# The PDF's title.
summary-title = مساهمة الأسرة في اجتماع حماية الطفل
# Short title at the top right of every PDF page.
summary-header-title = مساهمة الأسرة
# At the top left of every PDF page.
summary-confidential = سرّي
# At the bottom of every PDF page.
summary-page-of = الصفحة { $page } من { $pages }
summary-about-heading = عنّا
summary-written-by = كتبه
# $name is the writer's name, $relationship what they are to the children ("mum").
summary-writer-with-relationship = { $name } ({ $relationship })
summary-children = الأطفال
summary-child-aged = { $age ->
        [zero] { $name }، العمر: أقل من سنة
        [one] { $name }، العمر: سنة واحدة
        [two] { $name }، العمر: سنتان
        [few] { $name }، العمر: { $age } سنوات
        [many] { $name }، العمر: { $age } سنة
       *[other] { $name }، العمر: { $age } سنة
    }
summary-child-born = { $name }، تاريخ الميلاد: { $date }
summary-conference = الاجتماع
summary-date-at-time = { $date }، الساعة { $time }
summary-social-worker = الأخصائي الاجتماعي
summary-helped-by = من ساعد
# $role is one of the helper words below, $name the helper's name.
summary-helper-with-name = { $role }: { $name }
# The language the family chose; their answers are usually written in it too.
summary-language = لغة الأسئلة والإجابات
# At the foot of the last page of a PDF in a language other than English, until a qualified
# interpreter has checked this language's wording. Also shown beside the language in the chooser.
summary-translation-note = ترجم فريق Family Voice هذه الأسئلة، ولم يراجعها بعدُ مترجم شفهي مؤهَّل.
summary-interpreter = مترجم شفهي في الاجتماع
summary-interpreter-yes = نعم، للغة { $language }
summary-interpreter-no = غير مطلوب
summary-access-needs = ما يساعدنا على المشاركة
# The family's number on the 0 to 10 scale.
summary-scale-answer = { $score } من 10
# In place of an answer the family left blank.
summary-not-answered = لم تتم الإجابة
summary-closing-heading = التوقيع
summary-made-on = تاريخ الإعداد
summary-signature = التوقيع
summary-signed-date = التاريخ

conference-kind-initial = الاجتماع الأول
conference-kind-review = اجتماع المراجعة
meeting-format-in-person = معًا في غرفة واحدة
meeting-format-video = عبر مكالمة فيديو
meeting-format-mixed = بعضهم في الغرفة، وبعضهم عبر الفيديو
meeting-format-phone = عبر الهاتف
helper-nobody = لا أحد، كتبته بنفسي
helper-supporter = صديق أو أحد أفراد العائلة
helper-advocate = مناصر
helper-social-worker = أخصائي اجتماعي
helper-interpreter = مترجم شفهي
# Heading of the short timeline on the first page of the PDF and on the "Check your answers" screen.
summary-next-heading = ماذا يحدث بعد ذلك

## The recovery sheet: one page the family prints, with the code that opens their drafts if
## the passphrase is forgotten. It names nobody.

recovery-pdf-title = Family Voice: رمز الاسترداد
recovery-pdf-what = إذا نسيتم عبارة المرور الخاصة بكم في Family Voice، فهذا الرمز يفتح مسوداتكم بدلًا منها.
recovery-pdf-how = على شاشة القفل، اختاروا «نسيتُ عبارة المرور». اكتبوا هذا الرمز، ثم اختاروا عبارة مرور جديدة.
recovery-pdf-keep = احتفظوا بهذه الورقة في مكان آمن، بعيدًا عن الحاسوب. أي شخص لديه هذا الرمز ويستطيع استخدام الحاسوب يمكنه فتح مسوداتكم.
# $date: the day the sheet was made, e.g. "Sunday 6 December 2026".
recovery-pdf-made = أُعدّت هذه الورقة في { $date }.

## My notes for the day: one page the family prints to hold at the conference, in large type.
## The six headings are printed in this order; the first three are the Chair's own.

# Title of the notes page, on the notes screen and the printed page.
notes-title = ملاحظاتي ليوم الاجتماع
notes-working-well = ما الذي يسير بشكل جيد
notes-worries = ما الذي يقلقني
notes-change = ما الذي يجب أن يتغير
notes-reports = ما أريد قوله عن التقارير
notes-questions = أسئلتي لرئيس الاجتماع
notes-coming = من سيأتي معي
# Shown on the notes screen when the notes would not fit on one printed page.
error-notes-too-long = ملاحظاتك أطول من صفحة واحدة. اجعل بعضها أقصر، ثم اطبع مرة أخرى. لم يضِع شيء مما كتبته.
# Under the title of the notes screen.
notes-intro = هذه الملاحظات لك لتحملها في الاجتماع. تبدأ من إجاباتك. غيّرها كما تريد: نقطة قصيرة واحدة في كل سطر هي الأسهل في القراءة.
# Button on the notes screen that saves the page as a PDF.
notes-print = اطبع ملاحظاتي

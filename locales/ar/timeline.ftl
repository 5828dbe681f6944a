# The "What happens when" timeline: the steps before and after a Child Protection Conference.
# Read by parents and carers on the timeline screen, and in the calendar file they can save to
# their phone. Many readers are worried or frightened, and some read English as a second
# language: keep sentences short, plain and kind. Never use jargon without saying what it means.
# $date arrives already written out, e.g. "Tuesday 3 March 2026"; $time likewise, e.g. "10:30am".
# $count is a number of working days, minutes or months, as the message says.

## The screen around the steps

# Heading of the timeline screen.
timeline-title = ماذا يحدث ومتى

# Under the heading on the timeline screen.
timeline-intro = هذه هي الخطوات المعتادة قبل الاجتماع وبعده، وآخر موعد لكل منها.

# Under the steps on the timeline screen, always shown.
timeline-check-with-social-worker = كل مجلس محلي يقوم ببعض الأمور بطريقته الخاصة، لذلك قد تختلف مواعيدكم قليلًا. إذا لم تكونوا متأكدين، اسألوا الأخصائي الاجتماعي. ويمكنكم أيضًا سؤال رئيس الاجتماع.

# Under the steps on the timeline screen: how the days are counted.
timeline-working-days = أيام العمل هي من الاثنين إلى الجمعة. لا تُحسب عطلات نهاية الأسبوع والعطلات الرسمية.

# A small label beside a step that only happens if the conference decides on a Child Protection Plan.
timeline-only-if-plan = فقط إذا وُضعت خطة حماية الطفل

# Under the steps, once for each bank holiday that was skipped while counting working days.
# $holiday is the holiday's name from the list at the end of this file.
timeline-holiday-skipped = { $date } عطلة رسمية ({ $holiday })، لذلك لا يُحسب من أيام العمل.

## When a step happens: a line under each step's title on the screen

# The conference itself, when its time is not known.
timeline-when-on = { $date }
# The conference itself, when its time is known.
timeline-when-on-at = { $date }، الساعة { $time }
# The chair's meeting, when the conference time is not known.
timeline-when-around = { $date }، قبل بدء الاجتماع بقليل
# The chair's meeting, when the conference time is known.
timeline-when-around-at = { $date }، نحو الساعة { $time }
# A step that should happen on or before this date; it can come sooner.
timeline-when-by = في موعد أقصاه { $date }

## The steps, in the order they happen. Each has a title (screen heading and calendar event
## title) and a body (screen text and calendar event description).

# Before the conference: the family should get the reports. $count is working days.
timeline-reports-title = تصلكم التقارير
timeline-reports-body = يكتب الأخصائي الاجتماعي وآخرون تقارير للاجتماع. ويجب أن تصلكم قبل الاجتماع بمدة لا تقل عن { $count ->
        [zero] { $count } يوم عمل
        [one] يوم عمل واحد
        [two] يومَي عمل
        [few] { $count } أيام عمل
        [many] { $count } يوم عمل
       *[other] { $count } يوم عمل
    }، ليكون لديكم وقت لقراءتها، ولطلب المساعدة من أحد على فهمها.

# Just before the conference. $count is minutes; the body does not need it.
timeline-chair-meeting-title = تلتقون برئيس الاجتماع
timeline-chair-meeting-body = رئيس الاجتماع هو من يدير الاجتماع، وهو ليس الأخصائي الاجتماعي الذي يتابعكم. وعادةً يلتقي بالوالدين على انفراد لوقت قصير قبل أن يبدأ الاجتماع، ليشرح ما سيحدث ويستمع إليكم.

# The day of an initial (first) conference. $count is not used.
timeline-initial-conference-title = الاجتماع
timeline-initial-conference-body = تجتمعون أنتم والأشخاص الذين يعملون مع طفلكم للحديث عن مدى أمان طفلكم، وعن المساعدة التي تحتاجها أسرتكم. ويقررون معًا ما إذا كان طفلكم يحتاج إلى خطة حماية الطفل. يمكنكم قول ما تفكرون فيه، وإحضار شخص يدعمكم.

# The day of a review conference. $count is not used.
timeline-review-conference-title = اجتماع المراجعة
timeline-review-conference-body = تجتمعون مرة أخرى أنتم والأشخاص الذين يعملون مع طفلكم، لتنظروا في سير الخطة، وما إذا كان طفلكم لا يزال يحتاج إليها. يمكنكم قول ما الذي تغيّر، وما الذي لا يزال يقلقكم.

# After the conference: the family hears the decisions. $count is working days.
timeline-decisions-title = تُبلَّغون بما تقرر
timeline-decisions-body = يجب أن تُبلَّغوا بما قرره الاجتماع، وأن تحصلوا على الخطوط العريضة لأي خطة، خلال { $count ->
        [zero] { $count } يوم عمل
        [one] يوم عمل واحد
        [two] يومَي عمل
        [few] { $count } أيام عمل
        [many] { $count } يوم عمل
       *[other] { $count } يوم عمل
    } بعده.

# After an initial conference, only if there is a plan. $count is working days.
timeline-core-group-title = أول اجتماع للمجموعة الأساسية
timeline-core-group-body = إذا وُضعت خطة، تلتقون بمجموعة أصغر من الأشخاص الذين يعملون مع أسرتكم، لتقرروا معًا كيف تُنفَّذ الخطة. ويجب أن يُعقد أول لقاء لها خلال { $count ->
        [zero] { $count } يوم عمل
        [one] يوم عمل واحد
        [two] يومَي عمل
        [few] { $count } أيام عمل
        [many] { $count } يوم عمل
       *[other] { $count } يوم عمل
    } من اجتماع حماية الطفل.

# After the conference: the written record arrives. $count is working days.
timeline-minutes-title = يصلكم السجل المكتوب
timeline-minutes-body = يجب أن تصلكم ملاحظات ما قيل وما تقرر (محضر الاجتماع) خلال { $count ->
        [zero] { $count } يوم عمل
        [one] يوم عمل واحد
        [two] يومَي عمل
        [few] { $count } أيام عمل
        [many] { $count } يوم عمل
       *[other] { $count } يوم عمل
    }. اقرؤوها، وأخبروا رئيس الاجتماع إذا كان فيها شيء خاطئ أو ناقص.

# After an initial conference, only if there is a plan. $count is months.
timeline-first-review-title = أول اجتماع مراجعة
timeline-first-review-body = إذا وُضعت خطة، ينظر اجتماع المراجعة في سيرها. ويجب أن يُعقد أول اجتماع مراجعة خلال { $count ->
        [zero] { $count } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $count } أشهر
        [many] { $count } شهرًا
       *[other] { $count } شهر
    } من هذا الاجتماع.

# After a review conference, only if the plan carries on. $count is months.
timeline-next-review-title = اجتماع المراجعة التالي
timeline-next-review-body = إذا استمرت الخطة، يجب أن يُعقد اجتماع المراجعة التالي خلال { $count ->
        [zero] { $count } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $count } أشهر
        [many] { $count } شهرًا
       *[other] { $count } شهر
    } من هذا الاجتماع.

# The last step: reviews go on while the plan lasts. $count is months.
timeline-later-reviews-title = ثم، ما دامت الخطة قائمة
timeline-later-reviews-body = ما دامت لطفلكم خطة، يُعقد اجتماع مراجعة مرة { $count ->
        [zero] كل { $count } شهر
        [one] كل شهر
        [two] كل شهرين
        [few] كل { $count } أشهر
        [many] كل { $count } شهرًا
       *[other] كل { $count } شهر
    } على الأقل. تنتهي الخطة عندما يقرر أحد الاجتماعات أن طفلكم لم يعد بحاجة إليها.

## Problems

# On the conference details screen, when the date cannot be right (for example a year with too many digits).
error-conference-date-out-of-range = هذا التاريخ لا يبدو صحيحًا. يُرجى التحقق من يوم الاجتماع وشهره وسنته.

## Bank holidays, named as GOV.UK names them. Shown on the timeline screen inside
## timeline-holiday-skipped, e.g. "Monday 26 May 2025 is a bank holiday (Spring bank holiday), …".

holiday-new-years-day = يوم رأس السنة الميلادية
holiday-new-years-day-substitute = يوم رأس السنة الميلادية (يوم بديل)
holiday-good-friday = الجمعة العظيمة
holiday-easter-monday = اثنين الفصح
holiday-early-may = عطلة أوائل مايو الرسمية
holiday-spring = عطلة الربيع الرسمية
holiday-summer = عطلة الصيف الرسمية
holiday-christmas-day = يوم عيد الميلاد
holiday-christmas-day-substitute = يوم عيد الميلاد (يوم بديل)
holiday-boxing-day = اليوم التالي لعيد الميلاد
holiday-boxing-day-substitute = اليوم التالي لعيد الميلاد (يوم بديل)
holiday-royal-wedding = الزفاف الملكي
holiday-millennium = احتفالات الألفية
holiday-golden-jubilee = اليوبيل الذهبي للملكة
holiday-diamond-jubilee = اليوبيل الماسي للملكة
holiday-platinum-jubilee = اليوبيل البلاتيني للملكة
holiday-state-funeral = الجنازة الرسمية للملكة إليزابيث الثانية
holiday-coronation = تتويج الملك تشارلز الثالث

# Above the other notes under the timeline, once the family has written down the dates the conference gave them.
timeline-outcome-dates = تواريخ المجموعة الأساسية والمراجعة هنا هي التي أُعطيت لك في المؤتمر.

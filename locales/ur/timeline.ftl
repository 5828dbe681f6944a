# The "What happens when" timeline: the steps before and after a Child Protection Conference.
# Read by parents and carers on the timeline screen, and in the calendar file they can save to
# their phone. Many readers are worried or frightened, and some read English as a second
# language: keep sentences short, plain and kind. Never use jargon without saying what it means.
# $date arrives already written out, e.g. "Tuesday 3 March 2026"; $time likewise, e.g. "10:30am".
# $count is a number of working days, minutes or months, as the message says.

## The screen around the steps

# Heading of the timeline screen.
timeline-title = کب کیا ہوتا ہے

# Under the heading on the timeline screen.
timeline-intro = یہ کانفرنس سے پہلے اور بعد کے عام مراحل ہیں، اور وہ تاریخیں جن تک یہ ہو جانے چاہییں۔

# Under the steps on the timeline screen, always shown.
timeline-check-with-social-worker = ہر کونسل کچھ کام اپنے طریقے سے کرتی ہے، اس لیے آپ کی تاریخیں تھوڑی مختلف ہو سکتی ہیں۔ اگر آپ کو یقین نہ ہو تو اپنے سوشل ورکر سے پوچھیں۔ آپ کانفرنس کے چیئر سے بھی پوچھ سکتے ہیں۔

# Under the steps on the timeline screen: how the days are counted.
timeline-working-days = کام کے دن پیر سے جمعہ تک ہیں۔ ہفتہ، اتوار اور سرکاری چھٹیاں نہیں گنی جاتیں۔

# A small label beside a step that only happens if the conference decides on a Child Protection Plan.
timeline-only-if-plan = صرف اگر بچے کے تحفظ کا منصوبہ بنے

# Under the steps, once for each bank holiday that was skipped while counting working days.
# $holiday is the holiday's name from the list at the end of this file.
timeline-holiday-skipped = { $date } کو سرکاری چھٹی ({ $holiday }) ہے، اس لیے اسے کام کا دن نہیں گنا جاتا۔

## When a step happens: a line under each step's title on the screen

# The conference itself, when its time is not known.
timeline-when-on = { $date }
# The conference itself, when its time is known.
timeline-when-on-at = { $date }، وقت { $time }
# The chair's meeting, when the conference time is not known.
timeline-when-around = { $date }، کانفرنس شروع ہونے سے ذرا پہلے
# The chair's meeting, when the conference time is known.
timeline-when-around-at = { $date }، تقریباً { $time }
# A step that should happen on or before this date; it can come sooner.
timeline-when-by = زیادہ سے زیادہ { $date } تک

## The steps, in the order they happen. Each has a title (screen heading and calendar event
## title) and a body (screen text and calendar event description).

# Before the conference: the family should get the reports. $count is working days.
timeline-reports-title = آپ کو رپورٹیں ملتی ہیں
timeline-reports-body = سوشل ورکر اور دوسرے لوگ کانفرنس کے لیے رپورٹیں لکھتے ہیں۔ یہ آپ کو کانفرنس سے کم از کم { $count ->
        [one] ایک کام کا دن
       *[other] { $count } کام کے دن
    } پہلے مل جانی چاہییں، تاکہ آپ کے پاس انہیں پڑھنے کا وقت ہو، اور آپ کسی سے کہہ سکیں کہ انہیں سمجھنے میں آپ کی مدد کرے۔

# Just before the conference. $count is minutes; the body does not need it.
timeline-chair-meeting-title = آپ چیئر سے ملتے ہیں
timeline-chair-meeting-body = چیئر کانفرنس چلاتے ہیں، اور وہ آپ کے سوشل ورکر نہیں ہیں۔ وہ عام طور پر کانفرنس شروع ہونے سے پہلے والدین سے تھوڑی دیر اکیلے میں ملتے ہیں، تاکہ بتائیں کہ کیا ہو گا اور آپ کی بات سنیں۔

# The day of an initial (first) conference. $count is not used.
timeline-initial-conference-title = کانفرنس
timeline-initial-conference-body = آپ اور وہ لوگ جو آپ کے بچے کے ساتھ کام کرتے ہیں، مل کر بات کرتے ہیں کہ آپ کا بچہ کتنا محفوظ ہے اور آپ کے خاندان کو کس مدد کی ضرورت ہے۔ وہ مل کر فیصلہ کرتے ہیں کہ آیا آپ کے بچے کو بچے کے تحفظ کے منصوبے کی ضرورت ہے۔ آپ اپنی رائے دے سکتے ہیں، اور سہارے کے لیے کسی کو ساتھ لا سکتے ہیں۔

# The day of a review conference. $count is not used.
timeline-review-conference-title = جائزہ کانفرنس
timeline-review-conference-body = آپ اور وہ لوگ جو آپ کے بچے کے ساتھ کام کرتے ہیں، دوبارہ ملتے ہیں تاکہ دیکھیں کہ منصوبہ کیسا چل رہا ہے اور کیا آپ کے بچے کو اب بھی اس کی ضرورت ہے۔ آپ بتا سکتے ہیں کہ کیا بدلا ہے اور کس بات کی فکر اب بھی ہے۔

# After the conference: the family hears the decisions. $count is working days.
timeline-decisions-title = آپ کو بتایا جاتا ہے کہ کیا فیصلہ ہوا
timeline-decisions-body = کانفرنس کے بعد { $count ->
        [one] ایک کام کے دن
       *[other] { $count } کام کے دنوں
    } کے اندر آپ کو بتا دیا جانا چاہیے کہ کانفرنس نے کیا فیصلہ کیا، اور اگر کوئی منصوبہ بنا ہے تو اس کا خاکہ آپ کو دیا جانا چاہیے۔

# After an initial conference, only if there is a plan. $count is working days.
timeline-core-group-title = کور گروپ کی پہلی میٹنگ
timeline-core-group-body = اگر منصوبہ بنتا ہے، تو آپ اپنے خاندان کے ساتھ کام کرنے والے لوگوں کے ایک چھوٹے گروپ سے ملتے ہیں، تاکہ مل کر طے کریں کہ منصوبے پر عمل کیسے ہو۔ پہلی میٹنگ کانفرنس کے بعد { $count ->
        [one] ایک کام کے دن
       *[other] { $count } کام کے دنوں
    } کے اندر ہونی چاہیے۔

# After the conference: the written record arrives. $count is working days.
timeline-minutes-title = آپ کو لکھا ہوا ریکارڈ ملتا ہے
timeline-minutes-body = جو کچھ کہا گیا اور طے ہوا، اس کے نوٹس (روداد) آپ کو { $count ->
        [one] ایک کام کے دن
       *[other] { $count } کام کے دنوں
    } کے اندر مل جانے چاہییں۔ انہیں پڑھیں، اور اگر کوئی بات غلط ہو یا رہ گئی ہو تو چیئر کو بتائیں۔

# After an initial conference, only if there is a plan. $count is months.
timeline-first-review-title = پہلی جائزہ کانفرنس
timeline-first-review-body = اگر منصوبہ بنتا ہے، تو ایک جائزہ کانفرنس دیکھتی ہے کہ یہ کیسا چل رہا ہے۔ پہلی جائزہ کانفرنس اس کانفرنس کے بعد { $count ->
        [one] ایک مہینے
       *[other] { $count } مہینوں
    } کے اندر ہونی چاہیے۔

# After a review conference, only if the plan carries on. $count is months.
timeline-next-review-title = اگلی جائزہ کانفرنس
timeline-next-review-body = اگر منصوبہ جاری رہتا ہے، تو اگلی جائزہ کانفرنس اس کانفرنس کے بعد { $count ->
        [one] ایک مہینے
       *[other] { $count } مہینوں
    } کے اندر ہونی چاہیے۔

# The last step: reviews go on while the plan lasts. $count is months.
timeline-later-reviews-title = پھر، جب تک منصوبہ چلتا رہے
timeline-later-reviews-body = جب تک آپ کے بچے کا منصوبہ چلتا ہے، کم از کم { $count ->
        [one] ہر مہینے
       *[other] ہر { $count } مہینے بعد
    } ایک جائزہ کانفرنس ہوتی ہے۔ منصوبہ تب ختم ہوتا ہے جب کوئی کانفرنس یہ فیصلہ کرے کہ آپ کے بچے کو اب اس کی ضرورت نہیں۔

## Problems

# On the conference details screen, when the date cannot be right (for example a year with too many digits).
error-conference-date-out-of-range = یہ تاریخ درست نہیں لگتی۔ براہِ کرم کانفرنس کا دن، مہینہ اور سال دوبارہ دیکھ لیں۔

## Bank holidays, named as GOV.UK names them. Shown on the timeline screen inside
## timeline-holiday-skipped, e.g. "Monday 26 May 2025 is a bank holiday (Spring bank holiday), …".

holiday-new-years-day = نئے سال کا دن
holiday-new-years-day-substitute = نئے سال کا دن (متبادل چھٹی)
holiday-good-friday = گڈ فرائیڈے
holiday-easter-monday = ایسٹر منڈے
holiday-early-may = مئی کے شروع کی سرکاری چھٹی
holiday-spring = بہار کی سرکاری چھٹی
holiday-summer = گرمیوں کی سرکاری چھٹی
holiday-christmas-day = کرسمس کا دن
holiday-christmas-day-substitute = کرسمس کا دن (متبادل چھٹی)
holiday-boxing-day = باکسنگ ڈے
holiday-boxing-day-substitute = باکسنگ ڈے (متبادل چھٹی)
holiday-royal-wedding = شاہی شادی
holiday-millennium = ملینیم کی تقریبات
holiday-golden-jubilee = ملکہ کی گولڈن جوبلی
holiday-diamond-jubilee = ملکہ کی ڈائمنڈ جوبلی
holiday-platinum-jubilee = ملکہ کی پلاٹینم جوبلی
holiday-state-funeral = ملکہ الزبتھ دوم کی سرکاری تدفین
holiday-coronation = بادشاہ چارلس سوم کی تاج پوشی

# Above the other notes under the timeline, once the family has written down the dates the conference gave them.
timeline-outcome-dates = یہاں کور گروپ اور جائزے کی تاریخیں وہی ہیں جو آپ کو کانفرنس میں دی گئی تھیں۔

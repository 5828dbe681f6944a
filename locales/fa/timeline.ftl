# The "What happens when" timeline: the steps before and after a Child Protection Conference.
# Read by parents and carers on the timeline screen, and in the calendar file they can save to
# their phone. Many readers are worried or frightened, and some read English as a second
# language: keep sentences short, plain and kind. Never use jargon without saying what it means.
# $date arrives already written out, e.g. "Tuesday 3 March 2026"; $time likewise, e.g. "10:30am".
# $count is a number of working days, minutes or months, as the message says.

## The screen around the steps

# Heading of the timeline screen.
timeline-title = چه چیزی، چه زمانی

# Under the heading on the timeline screen.
timeline-intro = این‌ها مرحله‌های معمول پیش و پس از کنفرانس هستند، و تاریخ‌هایی که هر کدام باید تا آن موقع انجام شود.

# Under the steps on the timeline screen, always shown.
timeline-check-with-social-worker = هر شورای محلی بعضی کارها را به روش خودش انجام می‌دهد، پس ممکن است تاریخ‌های شما کمی فرق کند. اگر مطمئن نیستید، از مددکار اجتماعی‌تان بپرسید. می‌توانید از رئیس جلسهٔ کنفرانس هم بپرسید.

# Under the steps on the timeline screen: how the days are counted.
timeline-working-days = روزهای کاری از دوشنبه تا جمعه است. شنبه و یکشنبه و تعطیلات رسمی حساب نمی‌شوند.

# A small label beside a step that only happens if the conference decides on a Child Protection Plan.
timeline-only-if-plan = فقط اگر برنامهٔ حفاظت از کودک گذاشته شود

# Under the steps, once for each bank holiday that was skipped while counting working days.
# $holiday is the holiday's name from the list at the end of this file.
timeline-holiday-skipped = { $date } تعطیل رسمی است ({ $holiday })، پس روز کاری حساب نمی‌شود.

## When a step happens: a line under each step's title on the screen

# The conference itself, when its time is not known.
timeline-when-on = { $date }
# The conference itself, when its time is known.
timeline-when-on-at = { $date }، ساعت { $time }
# The chair's meeting, when the conference time is not known.
timeline-when-around = { $date }، کمی پیش از شروع کنفرانس
# The chair's meeting, when the conference time is known.
timeline-when-around-at = { $date }، حدود ساعت { $time }
# A step that should happen on or before this date; it can come sooner.
timeline-when-by = حداکثر تا { $date }

## The steps, in the order they happen. Each has a title (screen heading and calendar event
## title) and a body (screen text and calendar event description).

# Before the conference: the family should get the reports. $count is working days.
timeline-reports-title = گزارش‌ها به دستتان می‌رسد
timeline-reports-body = مددکار اجتماعی و دیگران برای کنفرانس گزارش می‌نویسند. این گزارش‌ها باید دست‌کم { $count ->
        [one] { $count } روز کاری
       *[other] { $count } روز کاری
    } پیش از کنفرانس به دستتان برسد، تا وقت داشته باشید آنها را بخوانید و از کسی بخواهید در فهمیدنشان به شما کمک کند.

# Just before the conference. $count is minutes; the body does not need it.
timeline-chair-meeting-title = با رئیس جلسه دیدار می‌کنید
timeline-chair-meeting-body = رئیس جلسه کنفرانس را اداره می‌کند و مددکار اجتماعی شما نیست. او معمولاً پیش از شروع، مدت کوتاهی والدین را جداگانه می‌بیند تا توضیح دهد چه اتفاقی می‌افتد و به حرف‌های شما گوش دهد.

# The day of an initial (first) conference. $count is not used.
timeline-initial-conference-title = کنفرانس
timeline-initial-conference-body = شما و کسانی که با فرزندتان کار می‌کنند دور هم جمع می‌شوید تا دربارهٔ اینکه فرزندتان چقدر در امان است و خانواده‌تان به چه کمکی نیاز دارد صحبت کنید. آنها با هم تصمیم می‌گیرند که آیا فرزندتان به برنامهٔ حفاظت از کودک نیاز دارد یا نه. شما می‌توانید نظرتان را بگویید، و کسی را برای حمایت با خود بیاورید.

# The day of a review conference. $count is not used.
timeline-review-conference-title = کنفرانس بازبینی
timeline-review-conference-body = شما و کسانی که با فرزندتان کار می‌کنند دوباره دور هم جمع می‌شوید تا ببینید برنامه چطور پیش می‌رود و آیا فرزندتان هنوز به آن نیاز دارد. می‌توانید بگویید چه چیزی تغییر کرده و چه چیزی هنوز نگرانتان می‌کند.

# After the conference: the family hears the decisions. $count is working days.
timeline-decisions-title = به شما می‌گویند چه تصمیمی گرفته شد
timeline-decisions-body = باید ظرف { $count ->
        [one] { $count } روز کاری
       *[other] { $count } روز کاری
    } پس از کنفرانس به شما بگویند کنفرانس چه تصمیمی گرفت، و اگر برنامه‌ای گذاشته شد، طرح کلی آن را به شما بدهند.

# After an initial conference, only if there is a plan. $count is working days.
timeline-core-group-title = اولین جلسهٔ گروه اصلی
timeline-core-group-body = اگر برنامه‌ای گذاشته شود، شما با گروه کوچک‌تری از کسانی که با خانواده‌تان کار می‌کنند دیدار می‌کنید تا با هم تصمیم بگیرید برنامه چطور اجرا شود. اولین جلسه باید ظرف { $count ->
        [one] { $count } روز کاری
       *[other] { $count } روز کاری
    } پس از کنفرانس برگزار شود.

# After the conference: the written record arrives. $count is working days.
timeline-minutes-title = گزارش مکتوب جلسه به دستتان می‌رسد
timeline-minutes-body = یادداشت‌های آنچه گفته شد و تصمیم‌هایی که گرفته شد (صورت‌جلسه) باید ظرف { $count ->
        [one] { $count } روز کاری
       *[other] { $count } روز کاری
    } به دستتان برسد. آن را بخوانید، و اگر چیزی نادرست است یا جا افتاده، به رئیس جلسه بگویید.

# After an initial conference, only if there is a plan. $count is months.
timeline-first-review-title = اولین کنفرانس بازبینی
timeline-first-review-body = اگر برنامه‌ای گذاشته شود، یک کنفرانس بازبینی بررسی می‌کند که کار چطور پیش می‌رود. اولین کنفرانس بازبینی باید ظرف { $count ->
        [one] یک ماه
       *[other] { $count } ماه
    } پس از این کنفرانس برگزار شود.

# After a review conference, only if the plan carries on. $count is months.
timeline-next-review-title = کنفرانس بازبینی بعدی
timeline-next-review-body = اگر برنامه ادامه پیدا کند، کنفرانس بازبینی بعدی باید ظرف { $count ->
        [one] یک ماه
       *[other] { $count } ماه
    } پس از این کنفرانس برگزار شود.

# The last step: reviews go on while the plan lasts. $count is months.
timeline-later-reviews-title = بعد از آن، تا وقتی برنامه ادامه دارد
timeline-later-reviews-body = تا وقتی فرزندتان برنامه دارد، دست‌کم { $count ->
        [one] هر ماه
       *[other] هر { $count } ماه
    } یک بار کنفرانس بازبینی برگزار می‌شود. برنامه وقتی تمام می‌شود که یک کنفرانس تصمیم بگیرد فرزندتان دیگر به آن نیازی ندارد.

## Problems

# On the conference details screen, when the date cannot be right (for example a year with too many digits).
error-conference-date-out-of-range = این تاریخ درست به نظر نمی‌رسد. لطفاً روز، ماه و سال کنفرانس را دوباره نگاه کنید.

## Bank holidays, named as GOV.UK names them. Shown on the timeline screen inside
## timeline-holiday-skipped, e.g. "Monday 26 May 2025 is a bank holiday (Spring bank holiday), …".

holiday-new-years-day = روز سال نو میلادی
holiday-new-years-day-substitute = روز سال نو میلادی (تعطیلی جایگزین)
holiday-good-friday = جمعهٔ مقدس
holiday-easter-monday = دوشنبهٔ عید پاک
holiday-early-may = تعطیل رسمی اوایل ماه مه
holiday-spring = تعطیل رسمی بهار
holiday-summer = تعطیل رسمی تابستان
holiday-christmas-day = روز کریسمس
holiday-christmas-day-substitute = روز کریسمس (تعطیلی جایگزین)
holiday-boxing-day = روز پس از کریسمس
holiday-boxing-day-substitute = روز پس از کریسمس (تعطیلی جایگزین)
holiday-royal-wedding = عروسی سلطنتی
holiday-millennium = جشن‌های هزارهٔ نو
holiday-golden-jubilee = جشن طلایی سلطنت ملکه
holiday-diamond-jubilee = جشن الماس سلطنت ملکه
holiday-platinum-jubilee = جشن پلاتین سلطنت ملکه
holiday-state-funeral = مراسم رسمی خاکسپاری ملکه الیزابت دوم
holiday-coronation = تاج‌گذاری پادشاه چارلز سوم

# Above the other notes under the timeline, once the family has written down the dates the conference gave them.
timeline-outcome-dates = تاریخ‌های گروه اصلی و بازبینی در اینجا همان‌هایی است که در جلسه به شما داده شد.

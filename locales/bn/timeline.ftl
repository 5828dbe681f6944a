# The "What happens when" timeline: the steps before and after a Child Protection Conference.
# Read by parents and carers on the timeline screen, and in the calendar file they can save to
# their phone. Many readers are worried or frightened, and some read English as a second
# language: keep sentences short, plain and kind. Never use jargon without saying what it means.
# $date arrives already written out, e.g. "Tuesday 3 March 2026"; $time likewise, e.g. "10:30am".
# $count is a number of working days, minutes or months, as the message says.

## The screen around the steps

# Heading of the timeline screen.
timeline-title = কখন কী হয়

# Under the heading on the timeline screen.
timeline-intro = কনফারেন্সের আগে আর পরে সাধারণত এই ধাপগুলো হয়। কোন ধাপ কোন তারিখের মধ্যে হওয়ার কথা, তা-ও এখানে দেওয়া আছে।

# Under the steps on the timeline screen, always shown.
timeline-check-with-social-worker = প্রত্যেক কাউন্সিল কিছু কিছু কাজ নিজের নিয়মে করে, তাই আপনার তারিখগুলো একটু আলাদা হতে পারে। নিশ্চিত না হলে আপনার সোশ্যাল ওয়ার্কারকে জিজ্ঞেস করুন। কনফারেন্সের সভাপতিকেও জিজ্ঞেস করতে পারেন।

# Under the steps on the timeline screen: how the days are counted.
timeline-working-days = কর্মদিবস মানে সোমবার থেকে শুক্রবার। শনিবার, রবিবার আর সরকারি ছুটির দিন (ব্যাংক হলিডে) গোনা হয় না।

# A small label beside a step that only happens if the conference decides on a Child Protection Plan.
timeline-only-if-plan = শুধু শিশু সুরক্ষা পরিকল্পনা হলে

# Under the steps, once for each bank holiday that was skipped while counting working days.
# $holiday is the holiday's name from the list at the end of this file.
timeline-holiday-skipped = { $date } সরকারি ছুটির দিন ({ $holiday }), তাই এটি কর্মদিবস হিসেবে গোনা হয়নি।

## When a step happens: a line under each step's title on the screen

# The conference itself, when its time is not known.
timeline-when-on = { $date }
# The conference itself, when its time is known.
timeline-when-on-at = { $date }, { $time }
# The chair's meeting, when the conference time is not known.
timeline-when-around = { $date }, কনফারেন্স শুরু হওয়ার ঠিক আগে
# The chair's meeting, when the conference time is known.
timeline-when-around-at = { $date }, { $time } নাগাদ
# A step that should happen on or before this date; it can come sooner.
timeline-when-by = দেরি হলেও { $date } তারিখের মধ্যে

## The steps, in the order they happen. Each has a title (screen heading and calendar event
## title) and a body (screen text and calendar event description).

# Before the conference: the family should get the reports. $count is working days.
timeline-reports-title = রিপোর্টগুলো আপনার কাছে আসে
timeline-reports-body = সোশ্যাল ওয়ার্কার ও অন্যরা কনফারেন্সের জন্য রিপোর্ট লেখেন। কনফারেন্সের অন্তত { $count ->
        [one] { $count } কর্মদিবস
       *[other] { $count } কর্মদিবস
    } আগে সেগুলো আপনার হাতে পাওয়ার কথা, যাতে আপনি পড়ার সময় পান, আর বুঝতে কারও সাহায্য চাইতে পারেন।

# Just before the conference. $count is minutes; the body does not need it.
timeline-chair-meeting-title = আপনি সভাপতির সাথে দেখা করেন
timeline-chair-meeting-body = সভাপতি কনফারেন্স পরিচালনা করেন, তিনি আপনার সোশ্যাল ওয়ার্কার নন। কনফারেন্স শুরুর আগে তিনি সাধারণত মা-বাবার সাথে কিছুক্ষণ আলাদা করে দেখা করেন, কী হবে তা বুঝিয়ে বলতে আর আপনার কথা শুনতে।

# The day of an initial (first) conference. $count is not used.
timeline-initial-conference-title = কনফারেন্স
timeline-initial-conference-body = আপনি আর যাঁরা আপনার সন্তানের সাথে কাজ করেন, তাঁরা একসাথে বসে কথা বলেন: আপনার সন্তান কতটা নিরাপদ, আর আপনার পরিবারের কী সাহায্য দরকার। তাঁরা একসাথে ঠিক করেন, আপনার সন্তানের শিশু সুরক্ষা পরিকল্পনা দরকার কি না। আপনি কী মনে করেন তা বলতে পারেন, আর পাশে থাকার জন্য কাউকে সাথে আনতে পারেন।

# The day of a review conference. $count is not used.
timeline-review-conference-title = পর্যালোচনা কনফারেন্স
timeline-review-conference-body = আপনি আর যাঁরা আপনার সন্তানের সাথে কাজ করেন, তাঁরা আবার একসাথে বসেন। পরিকল্পনাটি কেমন চলছে, আর আপনার সন্তানের এখনো এটা দরকার কি না, তা দেখা হয়। কী বদলেছে, আর কী নিয়ে আপনার এখনো দুশ্চিন্তা, তা আপনি বলতে পারেন।

# After the conference: the family hears the decisions. $count is working days.
timeline-decisions-title = কী সিদ্ধান্ত হলো, তা আপনাকে জানানো হয়
timeline-decisions-body = কনফারেন্স কী সিদ্ধান্ত নিল, তা আপনাকে জানানোর কথা। কোনো পরিকল্পনা হলে, তার মূল কথাগুলোও আপনাকে দেওয়ার কথা। এটা হওয়ার কথা কনফারেন্সের পর { $count ->
        [one] { $count } কর্মদিবসের
       *[other] { $count } কর্মদিবসের
    } মধ্যে।

# After an initial conference, only if there is a plan. $count is working days.
timeline-core-group-title = কোর গ্রুপের প্রথম সভা
timeline-core-group-body = পরিকল্পনা হলে, যাঁরা আপনার পরিবারের সাথে কাজ করেন তাঁদের একটি ছোট দলের (কোর গ্রুপ) সাথে আপনি বসবেন, আর একসাথে ঠিক করবেন পরিকল্পনাটি কীভাবে কাজে লাগানো যায়। প্রথম সভাটি কনফারেন্সের পর { $count ->
        [one] { $count } কর্মদিবসের
       *[other] { $count } কর্মদিবসের
    } মধ্যে হওয়ার কথা।

# After the conference: the written record arrives. $count is working days.
timeline-minutes-title = সভার লিখিত বিবরণ আপনার কাছে আসে
timeline-minutes-body = সভায় কী বলা হলো আর কী ঠিক হলো, তা লেখা থাকে সভার লিখিত বিবরণে (minutes)। এটা { $count ->
        [one] { $count } কর্মদিবসের
       *[other] { $count } কর্মদিবসের
    } মধ্যে আপনার কাছে পৌঁছানোর কথা। পড়ে দেখুন, আর কিছু ভুল থাকলে বা বাদ পড়ে গেলে সভাপতিকে জানান।

# After an initial conference, only if there is a plan. $count is months.
timeline-first-review-title = প্রথম পর্যালোচনা কনফারেন্স
timeline-first-review-body = পরিকল্পনা হলে, একটি পর্যালোচনা কনফারেন্সে দেখা হয় সেটা কেমন চলছে। প্রথমটি এই কনফারেন্সের পর { $count ->
        [one] { $count } মাসের
       *[other] { $count } মাসের
    } মধ্যে হওয়ার কথা।

# After a review conference, only if the plan carries on. $count is months.
timeline-next-review-title = পরের পর্যালোচনা কনফারেন্স
timeline-next-review-body = পরিকল্পনা চলতে থাকলে, পরের পর্যালোচনা কনফারেন্স এই কনফারেন্সের পর { $count ->
        [one] { $count } মাসের
       *[other] { $count } মাসের
    } মধ্যে হওয়ার কথা।

# The last step: reviews go on while the plan lasts. $count is months.
timeline-later-reviews-title = তারপর, যতদিন পরিকল্পনা চলে
timeline-later-reviews-body = যতদিন আপনার সন্তানের পরিকল্পনা থাকে, অন্তত প্রতি { $count ->
        [one] মাসে
       *[other] { $count } মাসে
    } একবার পর্যালোচনা কনফারেন্স হয়। কোনো কনফারেন্স যখন ঠিক করে যে আপনার সন্তানের আর পরিকল্পনার দরকার নেই, তখন পরিকল্পনা শেষ হয়।

## Problems

# On the conference details screen, when the date cannot be right (for example a year with too many digits).
error-conference-date-out-of-range = এই তারিখটি ঠিক মনে হচ্ছে না। অনুগ্রহ করে কনফারেন্সের দিন, মাস আর বছর একবার দেখে নিন।

## Bank holidays, named as GOV.UK names them. Shown on the timeline screen inside
## timeline-holiday-skipped, e.g. "Monday 26 May 2025 is a bank holiday (Spring bank holiday), …".

holiday-new-years-day = নববর্ষের দিন
holiday-new-years-day-substitute = নববর্ষের দিন (বদলি ছুটির দিন)
holiday-good-friday = গুড ফ্রাইডে
holiday-easter-monday = ইস্টার সোমবার
holiday-early-may = মে মাসের শুরুর ব্যাংক হলিডে
holiday-spring = বসন্তকালীন ব্যাংক হলিডে
holiday-summer = গ্রীষ্মকালীন ব্যাংক হলিডে
holiday-christmas-day = বড়দিন
holiday-christmas-day-substitute = বড়দিন (বদলি ছুটির দিন)
holiday-boxing-day = বক্সিং ডে
holiday-boxing-day-substitute = বক্সিং ডে (বদলি ছুটির দিন)
holiday-royal-wedding = রাজকীয় বিয়ে
holiday-millennium = মিলেনিয়াম উদযাপন
holiday-golden-jubilee = রানির সুবর্ণ জয়ন্তী
holiday-diamond-jubilee = রানির হীরক জয়ন্তী
holiday-platinum-jubilee = রানির প্ল্যাটিনাম জয়ন্তী
holiday-state-funeral = রানি দ্বিতীয় এলিজাবেথের রাষ্ট্রীয় শেষকৃত্য
holiday-coronation = রাজা তৃতীয় চার্লসের রাজ্যাভিষেক

# Above the other notes under the timeline, once the family has written down the dates the conference gave them.
timeline-outcome-dates = এখানে কোর গ্রুপ ও রিভিউয়ের তারিখগুলো কনফারেন্সে আপনাকে যা দেওয়া হয়েছিল সেগুলোই।

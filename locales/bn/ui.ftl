# Words on the app's screens. Every message here is shown as it is, with no variables.
# Readers: parents and carers at home, often worried, some who do not read easily.
# Keep sentences short and kind; never sound like an official letter.

## Everywhere

# The window title and the name at the top of every screen.
app-name = Family Voice
# One line under the app's name in the computer's list of programs and in software centres,
# before it is installed (the .desktop entry and the AppStream metainfo, written by ./dev package).
app-summary = শিশু সুরক্ষা কনফারেন্সের জন্য প্রস্তুত হন
# Button that goes to the screen before. On every screen but the first.
nav-back = পেছনে
# Button that goes to the next screen. Questions may be left blank, so this never says "skip".
nav-next = পরবর্তী
# Title of the box at the top of a page when some answers need another look.
error-summary-title = অনুগ্রহ করে এই উত্তরগুলো একবার দেখে নিন
# Reminder under the progress line on every part.
part-blank-ok = যেকোনো প্রশ্ন আপনি ফাঁকা রেখে পরে আবার সেখানে ফিরে আসতে পারেন।

## Welcome screen

# Above the list of languages on the first screen. Each language is named in itself.
language-label = ভাষা

welcome-title = আপনার শিশু সুরক্ষা কনফারেন্সের জন্য প্রস্তুতি
welcome-lead = সভায় আপনি কী বলতে চান, তা ভেবে নিতে এই অ্যাপ আপনাকে সাহায্য করে। এটা দিয়ে আপনি একটি পাতা তৈরি করতে পারেন, যা প্রিন্ট করে সাথে নিয়ে যাবেন।
welcome-what-heading = শিশু সুরক্ষা কনফারেন্স কী?
welcome-what-1 = এটা আপনার সন্তানকে নিয়ে একটি সভা। আপনি, আর যাঁরা আপনার পরিবারের সাথে কাজ করেন — যেমন সোশ্যাল ওয়ার্কার, শিক্ষক, হেলথ ভিজিটর বা ডাক্তার — একসাথে বসে কথা বলেন, কীভাবে আপনার সন্তানকে নিরাপদ ও ভালো রাখা যায়।
welcome-what-2 = সভায় ঠিক করা হয়, আপনার সন্তানের শিশু সুরক্ষা পরিকল্পনা দরকার কি না। এটা একটা লিখিত পরিকল্পনা: আপনার সন্তানকে নিরাপদ রাখতে কী কী হওয়া দরকার, আর কে সাহায্য করবেন।
welcome-what-3 = আপনার সন্তান কোথায় থাকবে, কনফারেন্স তা ঠিক করে না। এটা কোনো আদালত নয়।
welcome-voice-heading = আপনার মতামতের গুরুত্ব আছে
welcome-voice-1 = আপনি কী মনে করেন, তা বলার জন্য আপনাকে সভায় ডাকা হয়েছে। আপনার সন্তানকে আপনিই সবার চেয়ে ভালো চেনেন।
welcome-voice-2 = পাশে থাকার জন্য আপনি কাউকে সাথে আনতে পারেন, যেমন একজন বন্ধু, আত্মীয় বা অ্যাডভোকেট।
welcome-how-heading = এই অ্যাপ কীভাবে কাজ করে
welcome-how-1 = প্রথমে আপনি নিজের আর কনফারেন্সের বিষয়ে আমাদের একটু জানাবেন। তারপর ছয়টি ছোট অংশ আছে, প্রতিটিতে কয়েকটি প্রশ্ন।
welcome-how-2 = শেষে আপনি সবকিছু আবার পড়ে দেখতে পারবেন, আর প্রিন্ট করার জন্য একটি PDF তৈরি করতে পারবেন।
welcome-how-3 = সবকিছু এই কম্পিউটারেই থাকে। ইন্টারনেটে কিছুই পাঠানো হয় না।
welcome-how-4 = আপনি লেখার সাথে সাথে আপনার উত্তরগুলো নিজে থেকেই সেভ হয়ে যায়। এগুলো এই কম্পিউটারে লক করা থাকে, যাতে শুধু আপনিই খুলতে পারেন।
# The button that starts a new contribution, under the box for its name.
welcome-start = শুরু করুন
# Under the few words explained on the welcome screen.
welcome-more-words = আরও শব্দের মানে, আর সভা নিয়ে একটি গাইড

## About you and the conference (the practical page)

about-title = আপনার আর কনফারেন্সের বিষয়ে
about-intro = এটা থেকে সভার লোকজন জানতে পারবেন, এটা কে লিখেছেন। যতটুকু পারেন পূরণ করুন। যেকোনো প্রশ্ন ফাঁকা রাখা যায়।
about-you-heading = আপনার বিষয়ে
about-name-label = আপনার নাম
about-relationship-label = শিশু বা শিশুদের সাথে আপনার সম্পর্ক কী?
about-relationship-hint = যেমন: মা, বাবা, দাদা-দাদি বা নানা-নানি, সৎ-মা বা সৎ-বাবা, অথবা ফস্টার কেয়ারার (পালক অভিভাবক)।
about-children-heading = শিশুরা
about-children-hint = প্রত্যেক শিশুর নাম (প্রথম নাম) লিখুন। সাথে তার বয়স বা জন্মতারিখ লিখুন, যেটা আপনার কাছে সহজ।
about-child-name-label = নাম (প্রথম নাম)
about-child-age-label = বয়স
about-child-birth-label = জন্মতারিখ
about-child-add = আরেকজন শিশুকে যোগ করুন
about-child-remove = এই শিশুকে সরিয়ে দিন
about-conference-heading = কনফারেন্স
about-date-label = তারিখ
about-time-label = শুরুর সময়
about-kind-label = এটা কোন কনফারেন্স?
about-kind-initial = প্রথম কনফারেন্স (ইংরেজিতে একে initial conference বলে)
about-kind-review = পর্যালোচনা কনফারেন্স, পরিকল্পনা তৈরি হওয়ার পরে
about-unsure = আমি নিশ্চিত নই
about-format-label = সভাটা কীভাবে হবে?
about-format-in-person = সবাই একসাথে একটি ঘরে
about-format-video = ভিডিও কলে
about-format-mixed = দুটোই মিলিয়ে: কেউ ঘরে, কেউ ভিডিও কলে
about-format-phone = ফোনে
about-social-worker-label = আপনার সোশ্যাল ওয়ার্কারের নাম
about-helper-heading = এই ফর্ম পূরণে সাহায্য
about-helper-label = এটা পূরণ করতে কেউ কি আপনাকে সাহায্য করেছেন?
about-helper-nobody = না, আমি নিজেই করেছি
about-helper-supporter = একজন বন্ধু বা পরিবারের সদস্য
about-helper-advocate = একজন অ্যাডভোকেট
about-helper-social-worker = একজন সোশ্যাল ওয়ার্কার
about-helper-interpreter = একজন দোভাষী
about-helper-name-label = তাঁর নাম
about-interpreter-label = কনফারেন্সে কি আপনার দোভাষী দরকার?
about-interpreter-no = না
about-interpreter-yes = হ্যাঁ
about-interpreter-language-label = কোন ভাষা?
about-access-label = সভায় অংশ নেওয়া সহজ করতে আপনার কি কোনো কিছু দরকার?
about-access-hint = যেমন: সিঁড়ি ছাড়া ঢোকার ব্যবস্থা, বড় অক্ষরে ছাপা কাগজ, হিয়ারিং লুপ (কানে শোনার সহায়ক ব্যবস্থা), মাঝে মাঝে বিরতি, বা অপেক্ষা করার জন্য একটি শান্ত ঘর।

## Check your answers

check-title = আপনার উত্তরগুলো দেখে নিন
check-intro = আপনি যা লিখেছেন, তা একবার পড়ে দেখুন। PDF তৈরির আগে যেকোনো কিছু বদলাতে পারেন।
# Button beside each part that goes back to it.
check-change = বদলান
check-not-answered = উত্তর দেওয়া হয়নি
check-make-pdf = আমার PDF তৈরি করুন
check-pdf-note = কোথায় সেভ করবেন, তা আপনি বেছে নেবেন। তারপর এটা প্রিন্ট করতে পারেন, অথবা সভাপতি বা আপনার সোশ্যাল ওয়ার্কারকে দিতে পারেন।
status-making-pdf = আপনার PDF তৈরি হচ্ছে…
status-cancelled = আপনি PDF সেভ করার জায়গা বেছে নেননি, তাই এটা সেভ হয়নি। আপনি আবার চেষ্টা করতে পারেন।

## Your PDF is ready

done-title = আপনার PDF তৈরি হয়ে গেছে
done-saved = এই নামে সেভ হয়েছে:
done-open = আমার PDF খুলুন
done-back = আমার উত্তরগুলোতে ফিরে যান
done-bring = এটা প্রিন্ট করে কনফারেন্সে সাথে নিয়ে যান, অথবা সভার আগে সভাপতি বা আপনার সোশ্যাল ওয়ার্কারকে পাঠিয়ে দিন। আপনি এখনো উত্তর বদলে নতুন একটি PDF তৈরি করতে পারেন।
# Button on the "Your PDF is ready" screen that opens the notes to hold at the conference.
done-notes = সভার দিনের জন্য আমার নোট তৈরি করুন

## Problems

# Shown when something failed that the family can do nothing about but try again.
error-unexpected = কিছু একটা সমস্যা হয়েছে। আপনি যা লিখেছেন, তা এখনো এখানেই আছে। অনুগ্রহ করে আবার চেষ্টা করুন।

## Buttons at the top of every screen

nav-timeline = কখন কী হয়
nav-guide = গাইড ও শব্দের মানে
# Above the links to the glossary on a part's screen.
part-words = এই পাতার শব্দগুলো

## What happens when (the timeline screen; its steps come from timeline.ftl)

timeline-no-date = "আপনার আর কনফারেন্সের বিষয়ে" পাতায় আপনার কনফারেন্সের তারিখ লিখুন, তাহলে আপনার তারিখগুলো এখানে দেখা যাবে।
timeline-add-date = তারিখ লিখুন
timeline-reports-days-label = কনফারেন্সের কত কর্মদিবস আগে রিপোর্টগুলো আপনার কাছে পৌঁছানোর কথা?
timeline-reports-days-hint = বেশিরভাগ কাউন্সিল বলে: প্রথম কনফারেন্সের জন্য 2, আর পর্যালোচনা কনফারেন্সের জন্য 5। একেক কাউন্সিলের নিয়ম একেক রকম, তাই আপনার সোশ্যাল ওয়ার্কারের কাছে জেনে নিন।
timeline-chair-minutes-label = কনফারেন্সের কত মিনিট আগে সভাপতি আপনার সাথে দেখা করেন?
timeline-chair-minutes-hint = অনেক কাউন্সিল বলে 30 মিনিট, কেউ কেউ 15 মিনিট বা এক ঘণ্টা। আপনার আমন্ত্রণপত্রে লেখা থাকতে পারে; না থাকলে আপনার সোশ্যাল ওয়ার্কারকে জিজ্ঞেস করুন।
timeline-calendar-heading = তারিখগুলো আপনার ক্যালেন্ডারে যোগ করুন
timeline-calendar-intro = এটা একটা ফাইল সেভ করে, যেটা আপনার ফোন, Outlook বা অন্য কোনো ক্যালেন্ডার খুলতে পারে। ইভেন্টগুলোতে শুধু লেখা থাকে কী হবে, কাকে নিয়ে তা লেখা থাকে না।
timeline-calendar-names = ইভেন্টগুলোতে আমার সন্তানদের নাম (প্রথম নাম) যোগ করুন
timeline-calendar-save = ক্যালেন্ডার ফাইলটি সেভ করুন
timeline-calendar-saved = ক্যালেন্ডার ফাইলটি এই নামে সেভ হয়েছে:
status-calendar-cancelled = আপনি ক্যালেন্ডার ফাইল সেভ করার জায়গা বেছে নেননি, তাই এটা সেভ হয়নি।

## Your drafts (the start screen)

drafts-heading = আপনার খসড়াগুলো
drafts-intro = প্রত্যেক মানুষের উত্তর আলাদা খসড়া হিসেবে রাখা হয়। একটি খসড়ায় কাজ চালিয়ে যান, অথবা নতুন একটি শুরু করুন।
drafts-none = এই কম্পিউটারে এখনো কোনো খসড়া নেই।
drafts-open = চালিয়ে যান
drafts-rename = নাম বদলান
drafts-rename-label = নতুন নাম
drafts-rename-save = নামটি সেভ করুন
drafts-cancel = বাতিল
drafts-delete = মুছে ফেলুন
# Asked once, beside the draft, after "Delete". Followed by the two buttons below.
drafts-delete-confirm = এই খসড়াটি মুছে ফেলবেন? এর ভেতরের সবকিছু, আর অ্যাপের রাখা প্রতিটি কপি, চিরদিনের জন্য মুছে যাবে।
drafts-delete-yes = হ্যাঁ, মুছে ফেলুন
drafts-delete-no = না, রেখে দিন
# Above the files in the drafts folder that do not open.
drafts-unreadable-heading = যে ফাইলগুলো খোলা যায়নি
drafts-new-heading = নতুন করে মতামত লেখা শুরু করুন
drafts-new-label = এর কী নাম দেবেন?
drafts-new-hint = যেমন: "মা — প্রথম কনফারেন্স, 3 ডিসেম্বর"। আপনি এটা ফাঁকা রেখে পরে বদলাতে পারেন।
# Spare passphrase, on the start screen when the drafts are open.
drafts-spare-heading = একটি বাড়তি পাসফ্রেজ যোগ করুন
drafts-spare-intro = এই কম্পিউটারের পাসওয়ার্ড ভান্ডার দিয়ে আপনার খসড়াগুলো আনলক হয়। বাড়তি পাসফ্রেজ হলো খোলার দ্বিতীয় একটি উপায়, যদি কখনো পাসওয়ার্ড ভান্ডার ব্যবহার করা না যায়। এটা কোনো নিরাপদ জায়গায় লিখে রাখুন।
drafts-spare-saved = আপনার বাড়তি পাসফ্রেজ ঠিক করা হয়েছে।
drafts-spare-save = পাসফ্রেজটি সেভ করুন

## Saving, at the top of every screen

save-saving = সেভ হচ্ছে…
save-saved = সেভ হয়েছে
# After the reason a save failed (for example a full disk), when the family pressed Lock, Hide
# or My drafts, or the app was about to lock itself: the draft is kept open so that nothing
# typed is lost, and saves by itself once it can.
save-kept-open = কিছুই যাতে হারিয়ে না যায়, তাই আপনার শেষ পরিবর্তনগুলো সেভ না হওয়া পর্যন্ত এই খসড়াটি খোলা থাকবে।
# After the reason a save failed, when the family closed the window: it stayed open this once,
# and closing it again closes it.
save-close-again = কিছুই যাতে হারিয়ে না যায়, তাই অ্যাপটি এখনও খোলা আছে। শেষ পরিবর্তনগুলো ছাড়াই তবুও বন্ধ করতে চাইলে আরেকবার বন্ধ করুন।
# Button at the top of every screen when only the passphrase opens the drafts: locks them and
# clears the screen.
nav-lock = লক করুন
# The same button when the drafts open without a passphrase on this computer account: it closes
# them and clears the screen, but does not promise a lock that anyone on the account can open.
nav-lock-keychain = খসড়াগুলো বন্ধ করুন
# Button at the top of every screen: blanks the window at once and locks the drafts, for when
# someone comes into the room. Pressing Escape twice or Shift three times does the same.
nav-hide = লুকান
# The only thing on the blank screen shown after "Hide". Deliberately plain, so the screen
# gives nothing away; it leads to the locked screen, never back to the draft.
cover-continue = চালিয়ে যান
nav-drafts = আমার খসড়াগুলো

## Locked, and other ways in

locked-title = আপনার খসড়াগুলো লক করা আছে
locked-intro = আপনার খসড়াগুলো গোপন রাখার জন্য অ্যাপটি সেগুলো লক করেছে। আনলক না করা পর্যন্ত কেউ এগুলো পড়তে পারবে না।
locked-intro-keychain = আপনার খসড়াগুলো বন্ধ করা হয়েছে এবং স্ক্রিন পরিষ্কার করা হয়েছে। এই কম্পিউটার অ্যাকাউন্টে এগুলো পাসফ্রেজ ছাড়াই খোলে, তাই এই অ্যাকাউন্ট ব্যবহার করতে পারেন এমন যে কেউ নিচের বোতাম দিয়ে এগুলো আবার খুলতে পারেন।
locked-unlock = আনলক করুন
locked-try-again = আবার চেষ্টা করুন
passphrase-label = পাসফ্রেজ
passphrase-again-label = পাসফ্রেজটি আবার লিখুন
passphrase-mismatch = দুটি পাসফ্রেজ এক রকম হয়নি। অনুগ্রহ করে আবার লিখুন।
passphrase-unlock = আমার পাসফ্রেজ দিয়ে আনলক করুন
# Under the passphrase box while a new passphrase is typed: how easy it would be to guess.
passphrase-strength-easy = সহজেই আন্দাজ করা যায়। আরও কয়েকটি শব্দ যোগ করুন, যেগুলো শুধু আপনিই একসাথে বসাবেন।
passphrase-strength-fair = মোটামুটি। আর একটি বা দুটি শব্দ যোগ করলে এটা আন্দাজ করা অনেক বেশি কঠিন হবে।
passphrase-strength-hard = আন্দাজ করা কঠিন। ভালো।
choose-title = একটি পাসফ্রেজ বেছে নিন
choose-intro = পাসফ্রেজ পাসওয়ার্ডের মতোই, তবে আরও লম্বা: মনে থাকবে এমন একটি ছোট বাক্য হলে ভালো হয়। প্রতিবার খসড়া খুলতে এটা লাগবে। এরপর আপনি একটি রিকভারি কোড পাবেন। পাসফ্রেজ ভুলে গেলে শুধু ওই কোডটিই আপনার খসড়াগুলো খুলতে পারবে: আর কেউ, এমনকি Family Voice-ও, এগুলো আপনাকে ফিরিয়ে দিতে পারবে না।
choose-save = এই পাসফ্রেজটি ব্যবহার করুন
lost-title = আপনার খসড়াগুলো খোলা যাচ্ছে না
lost-start-again = নতুন করে শুরু করুন
# Asked once after "Start again". Followed by the two buttons below.
lost-confirm = নতুন করে শুরু করলে যে খসড়াগুলো খোলা যাচ্ছে না, সেগুলো একটি আলাদা ফোল্ডারে সরিয়ে রাখা হবে, আর আপনি একটি নতুন, খালি তালিকা পাবেন। কিছুই মুছে ফেলা হবে না।
lost-confirm-yes = হ্যাঁ, সেগুলো সরিয়ে রেখে নতুন করে শুরু করুন
lost-confirm-no = না, ফিরে যান
failed-title = আপনার খসড়াগুলো খোলা যায়নি

## The recovery code, shown once after a passphrase is chosen

recovery-title = আপনার রিকভারি কোড
recovery-intro = কখনো পাসফ্রেজ ভুলে গেলে, তার বদলে এই কোডটি আপনার খসড়াগুলো খুলে দেবে। এটা শুধু এই একবারই দেখানো হবে।
recovery-keep = কোডটি লিখে রাখুন, অথবা রিকভারি পাতাটি সেভ করে প্রিন্ট করুন। এটা এই কম্পিউটার থেকে দূরে কোনো নিরাপদ জায়গায় রাখুন: যার কাছেই এটা থাকুক, তিনি আপনার খসড়াগুলো খুলতে পারবেন।
recovery-save = প্রিন্ট করার জন্য রিকভারি পাতাটি সেভ করুন
# After "It was saved as:" and the file's name.
recovery-saved-note = এটা প্রিন্ট করুন, কাগজটি কোনো নিরাপদ জায়গায় রাখুন, তারপর ফাইলটি এই কম্পিউটার থেকে মুছে ফেলুন।
recovery-done = আমি এটা নিরাপদে রেখেছি। চালিয়ে যান
# On the locked screen: opens the way in with the recovery code.
locked-forgot = আমি আমার পাসফ্রেজ ভুলে গেছি
locked-forgot-intro = আপনার রিকভারি পাতার কোডটি লিখুন, তারপর একটি নতুন পাসফ্রেজ বেছে নিন। আপনার খসড়াগুলো খুলে যাবে, আর এরপর থেকে নতুন পাসফ্রেজ দিয়েই এগুলো খুলবে।
recovery-code-label = রিকভারি কোড
recovery-new-save = নতুন পাসফ্রেজ দিয়ে আমার খসড়াগুলো খুলুন

## The very first start: how the drafts will open

first-title = আপনার খসড়াগুলো কীভাবে খুলবে?
first-intro = আপনি এখানে যা লেখেন, সবকিছু এই কম্পিউটারে লক করা থাকে। কীভাবে খুলবে, তা বেছে নিন। পরে কিছু না হারিয়েই এটা বদলাতে পারবেন।
first-passphrase = প্রতিবার আমার পাসফ্রেজ চাওয়া হোক
# Under the button above. Says why it is recommended.
first-passphrase-why = আমরা এটাই বেছে নিতে বলি, কারণ অন্য মানুষও এই কম্পিউটার ব্যবহার করতে পারেন। শুধু যিনি আপনার পাসফ্রেজ জানেন, তিনিই আপনার খসড়াগুলো খুলতে পারবেন, এমনকি আপনার নিজের কম্পিউটার অ্যাকাউন্টেও।
first-keychain = এই কম্পিউটার অ্যাকাউন্টে জিজ্ঞেস না করেই খোলা হোক
# Under the button above. Says plainly who can then open the drafts.
first-keychain-why = আপনার কোনো পাসফ্রেজ লাগবে না। কিন্তু এই কম্পিউটার অ্যাকাউন্ট ব্যবহার করতে পারেন এমন যে কেউ আপনার খসড়াগুলো খুলতে পারবেন, আর এতে চলা প্রোগ্রামগুলোও পারবে।

## How the drafts open, on the start screen (can be changed)

way-heading = আপনার খসড়াগুলো কীভাবে খোলে
way-keychain-now = এই কম্পিউটার অ্যাকাউন্টে আপনার খসড়াগুলো পাসফ্রেজ ছাড়াই খোলে। এই অ্যাকাউন্ট ব্যবহার করতে পারেন এমন যে কেউ এগুলো খুলতে পারেন।
way-to-passphrase-intro = এই অ্যাকাউন্ট ব্যবহার করেন এমন অন্য মানুষদের থেকে এগুলো আড়ালে রাখতে একটি পাসফ্রেজ বেছে নিন। তারপর থেকে প্রতিবার এটা চাওয়া হবে।
way-to-passphrase = প্রতিবার আমার পাসফ্রেজ চাওয়া হোক
way-passphrase-now = আপনার খসড়াগুলো প্রতিবার খোলার সময় আপনার পাসফ্রেজ চায়।
way-to-keychain-intro = এই কম্পিউটার অ্যাকাউন্টে পাসফ্রেজ ছাড়াই এগুলো খুলতে, আপনার পাসফ্রেজটি আরেকবার লিখুন। তখন থেকে এই অ্যাকাউন্ট ব্যবহার করতে পারেন এমন যে কেউ এগুলো খুলতে পারবেন।
way-to-keychain = এই কম্পিউটার অ্যাকাউন্টে জিজ্ঞেস না করেই খোলা হোক
# After either change above.
way-changed = হয়ে গেছে। আপনার সব খসড়া এখনও এখানেই আছে।

## While the computer's password store is being asked for the drafts' key

asking-title = আপনার খসড়াগুলো খোলা হচ্ছে
# Shown while the computer puts up its own box asking for its password (the "keyring"), which
# can take a while. Written so that a family knows the box is the computer's, not a trick.
asking-intro = আপনার কম্পিউটার তার পাসওয়ার্ড ভান্ডারের পাসওয়ার্ড চাইছে… এই পাসওয়ার্ডের বাক্সটি কম্পিউটারের নিজের, Family Voice-এর নয়। সেখানে আপনার কম্পিউটারের পাসওয়ার্ড লিখুন, তাহলে আপনার খসড়াগুলো খুলে যাবে।
# Shown under the message above, only when the drafts also have a passphrase.
asking-passphrase-intro = অথবা এর বদলে আপনার Family Voice পাসফ্রেজ দিয়ে আনলক করুন:

## Delete everything (at the foot of the start screens)

erase-heading = এই কম্পিউটার থেকে সবকিছু মুছে ফেলুন
# Says exactly what goes, so nobody is surprised, and that it cannot be undone.
erase-intro = এতে Family Voice এই কম্পিউটারে যা কিছু রাখে, সব মুছে যাবে: প্রতিটি খসড়া, সেগুলোর প্রতিটি কপি, সেগুলো খোলার চাবি, দোভাষীদের করা অনুবাদ যাচাই, আর আপনার সেটিংস। এটা আর ফেরানো যাবে না। কাজ শেষ হলে অ্যাপটি বন্ধ হয়ে যাবে। আপনি নিজে অন্য কোথাও যে PDF সেভ করেছেন, সেগুলোতে হাত দেওয়া হবে না।
# Above the box. The word to type follows on its own line.
erase-confirm-label = নিশ্চিত হওয়ার জন্য, বাক্সে এই শব্দটি লিখুন:
# The word the family must type to confirm. Use an ordinary word of your language that means
# "delete", easy to type on a keyboard for your language.
erase-confirm-word = মুছুন
erase-button = এখনই সবকিছু মুছে ফেলুন
# Under the box, when what was typed is not the word above.
erase-not-confirmed = কিছুই মুছে ফেলা হয়নি। সবকিছু মুছে ফেলতে, উপরে দেখানো শব্দটি হুবহু লিখুন।
# Under the box, when the drafts were deleted but a folder of the app's other files could not be removed
# (another program was still writing in it). Read by a parent who has just deleted everything.
erase-incomplete = আপনার খসড়াগুলো এবং সেগুলোর চাবি মুছে ফেলা হয়েছে, কিন্তু অ্যাপের আরও কিছু ফাইল এখনও সরানো যায়নি। Family Voice বন্ধ করুন, আবার খুলুন এবং আরেকবার “সবকিছু মুছে ফেলুন” বেছে নিন।

## Read aloud (beside each question, guide paragraph and child's question)

# Small button that reads the words beside it aloud, through the computer's own voice.
read-aloud = জোরে পড়ুন
# The same button while it is reading: stops the reading at once.
read-aloud-stop = থামুন
# Shown once on a screen instead of the buttons, when the computer has no voice for the
# screens' language (Somali, on most computers).
read-aloud-no-voice = এই কম্পিউটারে এমন কোনো কণ্ঠ নেই যা এই ভাষা জোরে পড়তে পারে।
# Shown when the computer's voice failed to read the words.
read-aloud-failed = জোরে পড়া গেল না। আবার চেষ্টা করুন।

# After the conference: the categories of harm a Child Protection Plan is made under in England.
outcome-category-physical = শারীরিক নির্যাতন
outcome-category-emotional = মানসিক নির্যাতন
outcome-category-sexual = যৌন নির্যাতন
outcome-category-neglect = অবহেলা
# On a review conference's draft, above the answer the family gave to the same question last time.
last-time-said = গতবার আপনি বলেছিলেন:
# Under the last answer: a prompt to think about what is different now.
last-time-changed = তারপর থেকে কী বদলেছে? এটা কি এখনও সত্যি?
# A button beside a parent's draft on the start screen: it starts a new draft for the review conference from it, and the old one stays as it was.
drafts-prepare-review = রিভিউ কনফারেন্সের জন্য প্রস্তুতি নিন
## After the conference: a part of the timeline screen where the family writes down what was decided.
# Heading.
outcome-title = কনফারেন্সের পরে
# Under the heading.
outcome-intro = কনফারেন্স শেষ হলে, কী সিদ্ধান্ত হলো তা লিখে রাখুন। তারপর সময়রেখায় আপনাকে দেওয়া তারিখগুলো দেখাবে।
# A question with three answers below it.
outcome-plan-label = কনফারেন্স কি চাইল্ড প্রোটেকশন প্ল্যান করার সিদ্ধান্ত নিয়েছে?
outcome-plan-yes = হ্যাঁ, একটি প্ল্যান আছে
outcome-plan-no = কোনো প্ল্যান নেই
outcome-plan-unsure = আমি নিশ্চিত নই
# Above four boxes to tick, each with a category of harm and a plain sentence saying what it means.
outcome-categories-label = তারা কোন ধরনের ক্ষতির কথা বলেছে? আপনি একাধিক বেছে নিতে পারেন।
outcome-category-physical-hint = শিশুর শরীরে আঘাত করা, বা তাকে আঘাত থেকে নিরাপদ না রাখা।
outcome-category-emotional-hint = শিশুর সাথে এমন আচরণ যা তার মনে কষ্ট দেয়, যেমন খুব চিৎকার করা, ভয় দেখানো বা উপেক্ষা করা।
outcome-category-sexual-hint = শিশুকে যৌন কাজে অংশ নিতে বাধ্য করা বা অংশ নিতে দেওয়া।
outcome-category-neglect-hint = শিশুকে প্রতিদিনের প্রয়োজনীয় জিনিস না দেওয়া, যেমন খাবার, উষ্ণতা, যত্ন, নিরাপত্তা বা ডাক্তার।
# Labels of two date boxes.
outcome-core-group-label = প্রথম কোর গ্রুপ মিটিংয়ের তারিখ
outcome-review-label = রিভিউ কনফারেন্সের তারিখ
# On the guide's section about complaints, when a draft is open: a box where the family may keep the council's contact for a complaint about how the conference was run. The app has no council's details built in.
outcome-council-label = অভিযোগের জন্য আপনার কাউন্সিলের যোগাযোগ (নাম, ফোন নম্বর বা ইমেল), যদি এখানে রাখতে চান
# The button that saves what was decided.
outcome-save = সিদ্ধান্ত সংরক্ষণ করুন
# Shown after saving.
outcome-saved = সংরক্ষিত হয়েছে। সময়রেখা এখন আপনাকে দেওয়া তারিখগুলো দেখাচ্ছে।

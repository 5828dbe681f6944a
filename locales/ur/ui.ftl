# Words on the app's screens. Every message here is shown as it is, with no variables.
# Readers: parents and carers at home, often worried, some who do not read easily.
# Keep sentences short and kind; never sound like an official letter.

## Everywhere

# The window title and the name at the top of every screen.
app-name = Family Voice
# One line under the app's name in the computer's list of programs and in software centres,
# before it is installed (the .desktop entry and the AppStream metainfo, written by ./dev package).
app-summary = بچے کے تحفظ کی کانفرنس کی تیاری کریں
# Button that goes to the screen before. On every screen but the first.
nav-back = پیچھے
# Button that goes to the next screen. Questions may be left blank, so this never says "skip".
nav-next = آگے
# Title of the box at the top of a page when some answers need another look.
error-summary-title = براہِ کرم یہ جواب دوبارہ دیکھ لیں
# Reminder under the progress line on every part.
part-blank-ok = آپ کوئی بھی سوال خالی چھوڑ سکتے ہیں، اور بعد میں اس پر واپس آ سکتے ہیں۔

## Welcome screen

# Above the list of languages on the first screen. Each language is named in itself.
language-label = زبان

welcome-title = اپنے بچے کے تحفظ کی کانفرنس کی تیاری
welcome-lead = یہ ایپ آپ کو یہ سوچنے میں مدد دیتی ہے کہ آپ میٹنگ میں کیا کہنا چاہتے ہیں، اور ایک صفحہ بنانے میں جسے آپ پرنٹ کر کے ساتھ لے جا سکیں۔
welcome-what-heading = بچے کے تحفظ کی کانفرنس کیا ہے؟
welcome-what-1 = یہ آپ کے بچے کے بارے میں ایک میٹنگ ہے۔ آپ اور وہ لوگ جو آپ کے خاندان کے ساتھ کام کرتے ہیں، جیسے سوشل ورکر، اساتذہ، ہیلتھ وزیٹر یا ڈاکٹر، مل کر بات کرتے ہیں کہ آپ کے بچے کو محفوظ اور ٹھیک ٹھاک کیسے رکھا جائے۔
welcome-what-2 = میٹنگ میں یہ فیصلہ ہوتا ہے کہ آیا آپ کے بچے کو بچے کے تحفظ کے منصوبے کی ضرورت ہے۔ یہ ایک لکھا ہوا منصوبہ ہوتا ہے کہ آپ کے بچے کو محفوظ رکھنے کے لیے کیا ہونا ضروری ہے، اور کون مدد کرے گا۔
welcome-what-3 = کانفرنس یہ فیصلہ نہیں کرتی کہ آپ کا بچہ کہاں رہے گا۔ یہ عدالت نہیں ہے۔
welcome-voice-heading = آپ کی رائے اہم ہے
welcome-voice-1 = آپ کو میٹنگ میں اپنی رائے دینے کے لیے بلایا جاتا ہے۔ آپ اپنے بچے کو سب سے بہتر جانتے ہیں۔
welcome-voice-2 = آپ سہارے کے لیے کسی کو ساتھ لا سکتے ہیں، جیسے کوئی دوست، رشتہ دار یا حمایتی نمائندہ۔
welcome-how-heading = یہ ایپ کیسے کام کرتی ہے
welcome-how-1 = پہلے آپ ہمیں اپنے اور کانفرنس کے بارے میں تھوڑا سا بتاتے ہیں۔ پھر چھ مختصر حصے ہیں، ہر ایک میں چند سوال۔
welcome-how-2 = آخر میں آپ سب کچھ دوبارہ پڑھ سکتے ہیں اور پرنٹ کرنے کے لیے PDF بنا سکتے ہیں۔
welcome-how-3 = سب کچھ اسی کمپیوٹر پر رہتا ہے۔ انٹرنیٹ پر کچھ نہیں بھیجا جاتا۔
welcome-how-4 = آپ کے جواب لکھتے لکھتے خود بخود محفوظ ہو جاتے ہیں۔ وہ اس کمپیوٹر پر لاک رہتے ہیں، تاکہ صرف آپ ہی انہیں کھول سکیں۔
# The button that starts a new contribution, under the box for its name.
welcome-start = شروع کریں
# Under the few words explained on the welcome screen.
welcome-more-words = مزید الفاظ، اور میٹنگ کے بارے میں رہنمائی

## About you and the conference (the practical page)

about-title = آپ اور کانفرنس کے بارے میں
about-intro = اس سے میٹنگ میں موجود لوگوں کو پتہ چلتا ہے کہ یہ کس نے لکھا ہے۔ جتنا بھر سکیں، بھریں۔ ہر سوال خالی چھوڑا جا سکتا ہے۔
about-you-heading = آپ کے بارے میں
about-name-label = آپ کا نام
about-relationship-label = بچے یا بچوں سے آپ کا کیا رشتہ ہے؟
about-relationship-hint = مثلاً: ماں، باپ، دادا دادی یا نانا نانی، سوتیلے والد یا سوتیلی والدہ، یا فوسٹر کیئرر۔
about-children-heading = بچے
about-children-hint = ہر بچے کا پہلا نام لکھیں۔ اس کی عمر یا تاریخِ پیدائش لکھیں، جو بھی آسان ہو۔
about-child-name-label = پہلا نام
about-child-age-label = عمر
about-child-birth-label = تاریخِ پیدائش
about-child-add = ایک اور بچہ شامل کریں
about-child-remove = اس بچے کو ہٹا دیں
about-conference-heading = کانفرنس
about-date-label = تاریخ
about-time-label = شروع ہونے کا وقت
about-kind-label = یہ کون سی کانفرنس ہے؟
about-kind-initial = پہلی کانفرنس (جسے ابتدائی کانفرنس کہتے ہیں)
about-kind-review = جائزہ کانفرنس، منصوبہ بننے کے بعد
about-unsure = مجھے یقین نہیں
about-format-label = یہ کیسے ہو گی؟
about-format-in-person = سب ایک کمرے میں
about-format-video = ویڈیو کال پر
about-format-mixed = دونوں طرح سے، کچھ کمرے میں اور کچھ ویڈیو پر
about-format-phone = فون پر
about-social-worker-label = آپ کے سوشل ورکر کا نام
about-helper-heading = اس فارم کو بھرنے میں مدد
about-helper-label = کیا کسی نے اسے بھرنے میں آپ کی مدد کی؟
about-helper-nobody = نہیں، میں نے خود بھرا
about-helper-supporter = کوئی دوست یا خاندان کا فرد
about-helper-advocate = حمایتی نمائندہ
about-helper-social-worker = سوشل ورکر
about-helper-interpreter = ترجمان
about-helper-name-label = ان کا نام
about-interpreter-label = کیا آپ کو کانفرنس میں ترجمان کی ضرورت ہے؟
about-interpreter-no = نہیں
about-interpreter-yes = ہاں
about-interpreter-language-label = کون سی زبان؟
about-access-label = کیا کوئی ایسی چیز ہے جس سے آپ کو میٹنگ میں حصہ لینے میں مدد ملے؟
about-access-hint = مثلاً: سیڑھیوں کے بغیر راستہ، بڑے حروف میں چھپائی، سننے میں مدد کا آلہ (ہیئرنگ لوپ)، وقفے، یا انتظار کے لیے ایک پُرسکون کمرہ۔

## Check your answers

check-title = اپنے جواب دیکھ لیں
check-intro = آپ نے جو لکھا ہے اسے ایک بار پڑھ لیں۔ PDF بنانے سے پہلے آپ کچھ بھی بدل سکتے ہیں۔
# Button beside each part that goes back to it.
check-change = بدلیں
check-not-answered = جواب نہیں دیا گیا
check-make-pdf = میری PDF بنائیں
check-pdf-note = آپ خود چنیں گے کہ اسے کہاں محفوظ کرنا ہے۔ پھر آپ اسے پرنٹ کر سکتے ہیں، یا چیئر یا اپنے سوشل ورکر کو دے سکتے ہیں۔
status-making-pdf = آپ کی PDF بن رہی ہے…
status-cancelled = آپ نے PDF محفوظ کرنے کی جگہ نہیں چنی، اس لیے یہ محفوظ نہیں ہوئی۔ آپ دوبارہ کوشش کر سکتے ہیں۔

## Your PDF is ready

done-title = آپ کی PDF تیار ہے
done-saved = یہ اس نام سے محفوظ ہوئی:
done-open = میری PDF کھولیں
done-back = میرے جوابوں پر واپس جائیں
done-bring = اسے پرنٹ کر کے کانفرنس میں لے آئیں، یا میٹنگ سے پہلے چیئر یا اپنے سوشل ورکر کو بھیج دیں۔ آپ اب بھی اپنے جواب بدل کر نئی PDF بنا سکتے ہیں۔
# Button on the "Your PDF is ready" screen that opens the notes to hold at the conference.
done-notes = میٹنگ کے دن کے لیے میرے نوٹس بنائیں

## Problems

# Shown when something failed that the family can do nothing about but try again.
error-unexpected = کچھ گڑبڑ ہو گئی۔ آپ نے جو لکھا ہے وہ ابھی یہیں موجود ہے۔ براہِ کرم دوبارہ کوشش کریں۔

## Buttons at the top of every screen

nav-timeline = کب کیا ہوتا ہے
nav-guide = رہنمائی اور الفاظ
# Above the links to the glossary on a part's screen.
part-words = اس صفحے کے الفاظ

## What happens when (the timeline screen; its steps come from timeline.ftl)

timeline-no-date = “آپ اور کانفرنس کے بارے میں” والے صفحے پر اپنی کانفرنس کی تاریخ لکھیں، تو آپ کی تاریخیں یہاں نظر آئیں گی۔
timeline-add-date = تاریخ لکھیں
timeline-reports-days-label = کانفرنس سے کتنے کام کے دن پہلے رپورٹیں آپ کو مل جانی چاہییں؟
timeline-reports-days-hint = زیادہ تر کونسلیں پہلی کانفرنس کے لیے 2 دن اور جائزہ کانفرنس کے لیے 5 دن کہتی ہیں۔ ہر کونسل کا طریقہ الگ ہوتا ہے، اس لیے اپنے سوشل ورکر سے پوچھ لیں۔
timeline-chair-minutes-label = کانفرنس سے کتنے منٹ پہلے چیئر آپ سے ملتے ہیں؟
timeline-chair-minutes-hint = بہت سی کونسلیں 30 منٹ کہتی ہیں، کچھ 15 منٹ یا ایک گھنٹہ۔ شاید آپ کے دعوت نامے میں لکھا ہو؛ ورنہ اپنے سوشل ورکر سے پوچھ لیں۔
timeline-calendar-heading = تاریخیں اپنے کیلنڈر میں شامل کریں
timeline-calendar-intro = اس سے ایک فائل محفوظ ہوتی ہے جسے آپ کا فون، Outlook یا کوئی اور کیلنڈر کھول سکتا ہے۔ ان میں صرف یہ لکھا ہوتا ہے کہ کیا ہو گا، یہ نہیں کہ کس کے بارے میں ہے۔
timeline-calendar-names = میرے بچوں کے پہلے نام بھی کیلنڈر میں لکھے جائیں
timeline-calendar-save = کیلنڈر فائل محفوظ کریں
timeline-calendar-saved = کیلنڈر فائل اس نام سے محفوظ ہوئی:
status-calendar-cancelled = آپ نے کیلنڈر فائل محفوظ کرنے کی جگہ نہیں چنی، اس لیے یہ محفوظ نہیں ہوئی۔

## Your drafts (the start screen)

drafts-heading = آپ کے مسودے
drafts-intro = ہر شخص کے جواب الگ مسودے میں رکھے جاتے ہیں۔ کسی ایک پر کام جاری رکھیں، یا نیا شروع کریں۔
drafts-none = اس کمپیوٹر پر ابھی کوئی مسودہ نہیں ہے۔
drafts-open = جاری رکھیں
drafts-rename = نام بدلیں
drafts-rename-label = نیا نام
drafts-rename-save = نام محفوظ کریں
drafts-cancel = منسوخ کریں
drafts-delete = مٹا دیں
# Asked once, beside the draft, after "Delete". Followed by the two buttons below.
drafts-delete-confirm = یہ مسودہ مٹا دیں؟ اس میں لکھا سب کچھ، اور ایپ کی رکھی ہوئی ہر کاپی، ہمیشہ کے لیے ختم ہو جائے گی۔
drafts-delete-yes = ہاں، مٹا دیں
drafts-delete-no = نہیں، رہنے دیں
# Above the files in the drafts folder that do not open.
drafts-unreadable-heading = وہ فائلیں جو کھل نہیں سکیں
drafts-new-heading = نئی رائے لکھنا شروع کریں
drafts-new-label = اس کا کیا نام رکھیں؟
drafts-new-hint = مثلاً: "امی — ابتدائی کانفرنس، 3 دسمبر"۔ آپ اسے خالی چھوڑ کر بعد میں بدل سکتے ہیں۔
# Spare passphrase, on the start screen when the drafts are open.
drafts-spare-heading = ایک اضافی خفیہ جملہ بنائیں
drafts-spare-intro = آپ کے مسودے اس کمپیوٹر کے پاس ورڈ اسٹور سے کھلتے ہیں۔ اضافی خفیہ جملہ انہیں کھولنے کا دوسرا راستہ ہے، اگر کبھی پاس ورڈ اسٹور کام نہ کرے۔ اسے لکھ کر کسی محفوظ جگہ رکھیں۔
drafts-spare-saved = آپ کا اضافی خفیہ جملہ بن گیا ہے۔
drafts-spare-save = خفیہ جملہ محفوظ کریں

## Saving, at the top of every screen

save-saving = محفوظ ہو رہا ہے…
save-saved = محفوظ ہو گیا
# After the reason a save failed (for example a full disk), when the family pressed Lock, Hide
# or My drafts, or the app was about to lock itself: the draft is kept open so that nothing
# typed is lost, and saves by itself once it can.
save-kept-open = تاکہ کچھ بھی ضائع نہ ہو، یہ مسودہ اس وقت تک کھلا رہے گا جب تک آپ کی آخری تبدیلیاں محفوظ نہیں ہو جاتیں۔
# After the reason a save failed, when the family closed the window: it stayed open this once,
# and closing it again closes it.
save-close-again = تاکہ کچھ بھی ضائع نہ ہو، ایپ ابھی کھلی ہے۔ اگر آپ پھر بھی اسے آخری تبدیلیوں کے بغیر بند کرنا چاہتے ہیں تو اسے ایک بار پھر بند کریں۔
# Button at the top of every screen when only the passphrase opens the drafts: locks them and
# clears the screen.
nav-lock = لاک کریں
# The same button when the drafts open without a passphrase on this computer account: it closes
# them and clears the screen, but does not promise a lock that anyone on the account can open.
nav-lock-keychain = مسودے بند کریں
# Button at the top of every screen: blanks the window at once and locks the drafts, for when
# someone comes into the room. Pressing Escape twice or Shift three times does the same.
nav-hide = چھپائیں
# The only thing on the blank screen shown after "Hide". Deliberately plain, so the screen
# gives nothing away; it leads to the locked screen, never back to the draft.
cover-continue = جاری رکھیں
nav-drafts = میرے مسودے

## Locked, and other ways in

locked-title = آپ کے مسودے لاک ہیں
locked-intro = ایپ نے آپ کے مسودے لاک کر دیے ہیں تاکہ وہ کسی اور کی نظر سے محفوظ رہیں۔ جب تک انہیں کھولا نہ جائے، کوئی انہیں پڑھ نہیں سکتا۔
locked-intro-keychain = آپ کے مسودے بند کر دیے گئے ہیں اور اسکرین صاف کر دی گئی ہے۔ اس کمپیوٹر اکاؤنٹ پر یہ خفیہ جملے کے بغیر کھلتے ہیں، اس لیے جو بھی یہ اکاؤنٹ استعمال کر سکتا ہے وہ نیچے والے بٹن سے انہیں دوبارہ کھول سکتا ہے۔
locked-unlock = کھولیں
locked-try-again = دوبارہ کوشش کریں
passphrase-label = خفیہ جملہ
passphrase-again-label = خفیہ جملہ دوبارہ لکھیں
passphrase-mismatch = دونوں خفیہ جملے ایک جیسے نہیں ہیں۔ براہِ کرم انہیں دوبارہ لکھیں۔
passphrase-unlock = اپنے خفیہ جملے سے کھولیں
# Under the passphrase box while a new passphrase is typed: how easy it would be to guess.
passphrase-strength-easy = اندازہ لگانا آسان ہے۔ کچھ اور الفاظ شامل کریں جنہیں صرف آپ ہی ایک ساتھ جوڑیں گے۔
passphrase-strength-fair = درمیانہ۔ ایک یا دو الفاظ اور ہوں تو اس کا اندازہ لگانا بہت مشکل ہو جائے گا۔
passphrase-strength-hard = اندازہ لگانا مشکل ہے۔ بہت اچھا۔
choose-title = ایک خفیہ جملہ چنیں
choose-intro = خفیہ جملہ پاس ورڈ کی طرح ہوتا ہے، لیکن اس سے لمبا: کوئی چھوٹا سا جملہ جو آپ کو یاد رہے، اچھا رہتا ہے۔ جب بھی آپ اپنے مسودے کھولیں گے، آپ کو اس کی ضرورت ہو گی۔ اس کے بعد آپ کو ایک ریکوری کوڈ ملے گا۔ اگر آپ اپنا خفیہ جملہ بھول جائیں تو صرف وہی کوڈ آپ کے مسودے کھول سکتا ہے: کوئی اور، Family Voice بھی نہیں، انہیں آپ کے لیے واپس نہیں لا سکتا۔
choose-save = یہ خفیہ جملہ استعمال کریں
lost-title = آپ کے مسودے کھل نہیں سکتے
lost-start-again = نئے سرے سے شروع کریں
# Asked once after "Start again". Followed by the two buttons below.
lost-confirm = نئے سرے سے شروع کرنے پر جو مسودے کھل نہیں سکتے، وہ ایک الگ فولڈر میں رکھ دیے جاتے ہیں، اور آپ کو ایک نئی، خالی فہرست مل جاتی ہے۔ کچھ بھی مٹایا نہیں جاتا۔
lost-confirm-yes = ہاں، انہیں الگ رکھ کر نئے سرے سے شروع کریں
lost-confirm-no = نہیں، واپس جائیں
failed-title = آپ کے مسودے کھل نہیں سکے

## The recovery code, shown once after a passphrase is chosen

recovery-title = آپ کا ریکوری کوڈ
recovery-intro = اگر آپ کبھی اپنا خفیہ جملہ بھول جائیں تو یہ کوڈ اس کی جگہ آپ کے مسودے کھول دے گا۔ یہ صرف اسی ایک بار دکھایا جاتا ہے۔
recovery-keep = اسے لکھ لیں، یا ریکوری صفحہ محفوظ کر کے پرنٹ کر لیں۔ کوڈ کو اس کمپیوٹر سے دور کسی محفوظ جگہ رکھیں: جس کے پاس بھی یہ ہو، وہ آپ کے مسودے کھول سکتا ہے۔
recovery-save = پرنٹ کرنے کے لیے ریکوری صفحہ محفوظ کریں
# After "It was saved as:" and the file's name.
recovery-saved-note = اسے پرنٹ کریں، کاغذ کسی محفوظ جگہ رکھیں، پھر فائل اس کمپیوٹر سے مٹا دیں۔
recovery-done = میں نے اسے سنبھال کر رکھ لیا ہے۔ جاری رکھیں
# On the locked screen: opens the way in with the recovery code.
locked-forgot = مجھے اپنا خفیہ جملہ یاد نہیں
locked-forgot-intro = اپنے ریکوری صفحے پر لکھا کوڈ لکھیں، پھر نیا خفیہ جملہ چنیں۔ آپ کے مسودے کھل جائیں گے، اور اس کے بعد نیا خفیہ جملہ انہیں کھولے گا۔
recovery-code-label = ریکوری کوڈ
recovery-new-save = نئے خفیہ جملے سے میرے مسودے کھولیں

## The very first start: how the drafts will open

first-title = آپ کے مسودے کیسے کھلیں؟
first-intro = آپ یہاں جو کچھ بھی لکھیں، وہ اس کمپیوٹر پر لاک رہتا ہے۔ چنیں کہ یہ کیسے کھلے۔ آپ بعد میں کچھ کھوئے بغیر اسے بدل سکتے ہیں۔
first-passphrase = ہر بار میرا خفیہ جملہ پوچھیں
# Under the button above. Says why it is recommended.
first-passphrase-why = ہمارا مشورہ یہی ہے، کیونکہ ہو سکتا ہے دوسرے لوگ بھی یہ کمپیوٹر استعمال کرتے ہوں۔ آپ کے مسودے صرف وہی کھول سکتا ہے جسے آپ کا خفیہ جملہ معلوم ہو، آپ کے اپنے کمپیوٹر اکاؤنٹ پر بھی۔
first-keychain = اس کمپیوٹر اکاؤنٹ پر پوچھے بغیر کھولیں
# Under the button above. Says plainly who can then open the drafts.
first-keychain-why = آپ کو خفیہ جملے کی ضرورت نہیں ہو گی۔ لیکن جو بھی یہ کمپیوٹر اکاؤنٹ استعمال کر سکتا ہے وہ آپ کے مسودے کھول سکتا ہے، اور اس پر چلنے والے پروگرام بھی۔

## How the drafts open, on the start screen (can be changed)

way-heading = آپ کے مسودے کیسے کھلتے ہیں
way-keychain-now = اس کمپیوٹر اکاؤنٹ پر آپ کے مسودے خفیہ جملے کے بغیر کھلتے ہیں۔ جو بھی یہ اکاؤنٹ استعمال کر سکتا ہے وہ انہیں کھول سکتا ہے۔
way-to-passphrase-intro = انہیں اس اکاؤنٹ کو استعمال کرنے والے دوسرے لوگوں سے بچانے کے لیے ایک خفیہ جملہ چنیں۔ اس کے بعد ہر بار یہ پوچھا جائے گا۔
way-to-passphrase = ہر بار میرا خفیہ جملہ پوچھیں
way-passphrase-now = آپ کے مسودے جب بھی کھلتے ہیں، آپ کا خفیہ جملہ پوچھتے ہیں۔
way-to-keychain-intro = انہیں اس کمپیوٹر اکاؤنٹ پر خفیہ جملے کے بغیر کھولنے کے لیے اپنا خفیہ جملہ ایک بار پھر لکھیں۔ اس کے بعد جو بھی یہ اکاؤنٹ استعمال کر سکتا ہے وہ انہیں کھول سکے گا۔
way-to-keychain = اس کمپیوٹر اکاؤنٹ پر پوچھے بغیر کھولیں
# After either change above.
way-changed = ہو گیا۔ آپ کے تمام مسودے اب بھی یہیں ہیں۔

## While the computer's password store is being asked for the drafts' key

asking-title = آپ کے مسودے کھل رہے ہیں
# Shown while the computer puts up its own box asking for its password (the "keyring"), which
# can take a while. Written so that a family knows the box is the computer's, not a trick.
asking-intro = آپ کا کمپیوٹر اپنے پاس ورڈ اسٹور کا پاس ورڈ مانگ رہا ہے… یہ کمپیوٹر کا اپنا پاس ورڈ باکس ہے، Family Voice کا نہیں۔ اس میں اپنے کمپیوٹر کا پاس ورڈ لکھیں، اور آپ کے مسودے کھل جائیں گے۔
# Shown under the message above, only when the drafts also have a passphrase.
asking-passphrase-intro = یا اس کی جگہ اپنے Family Voice کے خفیہ جملے سے کھولیں:

## Delete everything (at the foot of the start screens)

erase-heading = اس کمپیوٹر سے سب کچھ مٹا دیں
# Says exactly what goes, so nobody is surprised, and that it cannot be undone.
erase-intro = اس سے وہ سب کچھ مٹ جاتا ہے جو Family Voice اس کمپیوٹر پر رکھتی ہے: ہر مسودہ، ان کی ہر کاپی، انہیں کھولنے والی چابی، ترجمے پر ترجمانوں کی جانچ، اور آپ کی ترتیبات۔ یہ واپس نہیں ہو سکتا۔ کام ختم ہونے پر ایپ بند ہو جاتی ہے۔ جو PDF آپ نے خود کہیں اور محفوظ کیے ہیں، انہیں نہیں چھیڑا جاتا۔
# Above the box. The word to type follows on its own line.
erase-confirm-label = یقینی بنانے کے لیے، یہ لفظ خانے میں لکھیں:
# The word the family must type to confirm. Use an ordinary word of your language that means
# "delete", easy to type on a keyboard for your language.
erase-confirm-word = مٹائیں
erase-button = ابھی سب کچھ مٹا دیں
# Under the box, when what was typed is not the word above.
erase-not-confirmed = کچھ بھی نہیں مٹایا گیا۔ سب کچھ مٹانے کے لیے، اوپر دکھایا گیا لفظ بالکل ویسا ہی لکھیں۔
# Under the box, when the drafts were deleted but a folder of the app's other files could not be removed
# (another program was still writing in it). Read by a parent who has just deleted everything.
erase-incomplete = آپ کے مسودے اور ان کی چابی مٹا دی گئی ہے، لیکن ایپ کی کچھ دوسری فائلیں ابھی ہٹائی نہیں جا سکیں۔ Family Voice بند کریں، دوبارہ کھولیں اور ایک بار پھر ”سب کچھ مٹائیں“ چنیں۔

## Read aloud (beside each question, guide paragraph and child's question)

# Small button that reads the words beside it aloud, through the computer's own voice.
read-aloud = بلند آواز سے پڑھیں
# The same button while it is reading: stops the reading at once.
read-aloud-stop = روکیں
# Shown once on a screen instead of the buttons, when the computer has no voice for the
# screens' language (Somali, on most computers).
read-aloud-no-voice = اس کمپیوٹر میں کوئی ایسی آواز نہیں جو یہ زبان بلند آواز سے پڑھ سکے۔
# Shown when the computer's voice failed to read the words.
read-aloud-failed = بلند آواز سے پڑھنا نہیں ہو سکا۔ دوبارہ کوشش کریں۔

# After the conference: the categories of harm a Child Protection Plan is made under in England.
outcome-category-physical = جسمانی زیادتی
outcome-category-emotional = جذباتی زیادتی
outcome-category-sexual = جنسی زیادتی
outcome-category-neglect = غفلت
# On a review conference's draft, above the answer the family gave to the same question last time.
last-time-said = پچھلی بار آپ نے کہا تھا:
# Under the last answer: a prompt to think about what is different now.
last-time-changed = تب سے کیا بدلا ہے؟ کیا یہ اب بھی سچ ہے؟
# A button beside a parent's draft on the start screen: it starts a new draft for the review conference from it, and the old one stays as it was.
drafts-prepare-review = جائزہ کانفرنس کی تیاری کریں
## After the conference: a part of the timeline screen where the family writes down what was decided.
# Heading.
outcome-title = کانفرنس کے بعد
# Under the heading.
outcome-intro = جب کانفرنس ختم ہو جائے، لکھ لیں کہ کیا فیصلہ ہوا۔ پھر ٹائم لائن آپ کو دی گئی تاریخیں دکھائے گی۔
# A question with three answers below it.
outcome-plan-label = کیا کانفرنس نے چائلڈ پروٹیکشن پلان بنانے کا فیصلہ کیا؟
outcome-plan-yes = ہاں، پلان ہے
outcome-plan-no = کوئی پلان نہیں
outcome-plan-unsure = مجھے یقین نہیں
# Above four boxes to tick, each with a category of harm and a plain sentence saying what it means.
outcome-categories-label = انہوں نے کس قسم کے نقصان کا کہا؟ آپ ایک سے زیادہ چن سکتے ہیں۔
outcome-category-physical-hint = بچے کے جسم کو چوٹ پہنچانا، یا اسے چوٹ سے محفوظ نہ رکھنا۔
outcome-category-emotional-hint = بچے سے ایسا سلوک جو اس کے جذبات کو ٹھیس پہنچائے، جیسے بہت چیخنا، ڈرانا یا نظرانداز کرنا۔
outcome-category-sexual-hint = بچے کو جنسی باتوں میں حصہ لینے پر مجبور کرنا یا اجازت دینا۔
outcome-category-neglect-hint = بچے کو روز کی ضرورت کی چیزیں نہ دینا، جیسے کھانا، گرمی، دیکھ بھال، حفاظت یا ڈاکٹر۔
# Labels of two date boxes.
outcome-core-group-label = پہلی کور گروپ میٹنگ کی تاریخ
outcome-review-label = جائزہ کانفرنس کی تاریخ
# On the guide's section about complaints, when a draft is open: a box where the family may keep the council's contact for a complaint about how the conference was run. The app has no council's details built in.
outcome-council-label = شکایات کے لیے آپ کی کونسل کا رابطہ (نام، فون نمبر یا ای میل)، اگر آپ اسے یہاں رکھنا چاہیں
# The button that saves what was decided.
outcome-save = فیصلہ محفوظ کریں
# Shown after saving.
outcome-saved = محفوظ ہو گیا۔ ٹائم لائن اب آپ کو دی گئی تاریخیں دکھاتی ہے۔

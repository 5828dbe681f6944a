# The child's own journey. Readers: children and young people, with an advocate or another
# trusted adult beside them. Three age bands: "young" (about 5–7: very few, very simple words,
# one thing per screen), "middle" (8–11) and "older" (12 and over: a young person's wording,
# never childish). Be warm and calm. Never suggest the child has done anything wrong.

## Starting

# Button on the start screen that begins a child's own draft.
child-start-button = بچے کی اپنی رائے لکھنا شروع کریں
# The name a child's draft gets when no name is given. $date: today, e.g. "Sunday 22 November 2026".
child-default-label = میری رائے، { $date } کو شروع کی
child-who-title = شروع کرنے سے پہلے
child-name-label = آپ کا پہلا نام کیا ہے؟
child-age-label = آپ کی عمر کتنی ہے؟
child-helper-label = کیا آج کوئی آپ کی مدد کر رہا ہے؟
child-helper-nobody = نہیں، کوئی نہیں
child-helper-advocate = ہاں، حمایتی نمائندہ
child-helper-social-worker = ہاں، سوشل ورکر
child-helper-family = ہاں، میرے گھر والوں میں سے کوئی
child-helper-friend = ہاں، کوئی دوست
child-helper-interpreter = ہاں، ترجمان
child-helper-name-label = ان کا نام کیا ہے؟
# Above three buttons that choose how the questions are worded. The age sets it; it can be changed.
child-band-label = آپ کے لیے کون سے الفاظ سب سے ٹھیک ہیں؟
child-band-young = 5 سے 7 سال کی عمر کے لیے
child-band-middle = 8 سے 11 سال کی عمر کے لیے
child-band-older = 12 سال یا اس سے زیادہ عمر کے لیے
# The big, kind button on every screen of the child's journey. It saves and goes back to the start.
child-stop = مجھے اب رکنا ہے
child-next = آگے
child-back = پیچھے

## What the meeting is about (one screen per paragraph for "young"; one screen for the others)

child-explain-title = میٹنگ کے بارے میں
child-explain-1-young = کچھ بڑے لوگ آپ کے بارے میں ایک میٹنگ کر رہے ہیں۔
child-explain-2-young = یہ میٹنگ اس لیے ہے کہ آپ محفوظ اور خوش رہیں۔
child-explain-3-young = یہ میٹنگ آپ کو آپ کے گھر والوں سے دور لے جانے کے لیے نہیں ہے۔
child-explain-4-young = آپ کے گھر والے وہاں ہوں گے، اور کچھ اور لوگ بھی، جیسے آپ کے ٹیچر اور سوشل ورکر۔
child-explain-5-young = آپ وہاں جا سکتے ہیں، یا کوئی اور انہیں بتا سکتا ہے کہ آپ کیا سوچتے ہیں۔ یا آپ کچھ بھی نہ کہیں۔ یہ سب ٹھیک ہے۔
child-explain-1-middle = کچھ بڑے لوگ جو آپ کے خاندان کو جانتے ہیں، ایک میٹنگ کر رہے ہیں۔ اسے بچے کے تحفظ کی کانفرنس کہتے ہیں۔
child-explain-2-middle = یہ میٹنگ اس بارے میں ہے کہ آپ محفوظ اور ٹھیک ٹھاک رہیں۔ یہ آپ کو آپ کے خاندان سے دور لے جانے کے لیے نہیں ہے۔
child-explain-3-middle = آپ کے والدین یا آپ کی دیکھ بھال کرنے والے وہاں ہوں گے، اور کچھ اور لوگ بھی، جیسے آپ کے سوشل ورکر، ٹیچر اور اسکول نرس۔ ایک شخص، جنہیں چیئر کہتے ہیں، میٹنگ چلاتے ہیں اور خیال رکھتے ہیں کہ سب کی بات سنی جائے۔
child-explain-4-middle = آپ پوری میٹنگ میں جا سکتے ہیں، یا اس کے کچھ حصے میں۔ ایک حمایتی نمائندہ آپ کی طرف سے بات کر سکتا ہے۔ آپ اپنی رائے بھیج سکتے ہیں، جیسے کوئی تصویر یا یہ صفحہ۔ یا آپ بالکل کچھ نہ کہیں۔ ہر فیصلہ ٹھیک ہے۔
child-explain-5-middle = آپ یہاں جو لکھیں گے وہ آپ کا ہے۔ آپ خود چنیں گے کہ میٹنگ میں کیا دکھایا جائے۔
child-explain-1-older = جو بڑے لوگ آپ کے خاندان کے ساتھ کام کرتے ہیں، وہ مل کر بات کر رہے ہیں کہ گھر میں حالات کیسے ہیں۔ اسے بچے کے تحفظ کی کانفرنس کہتے ہیں۔
child-explain-2-older = اس کا کام یہ فیصلہ کرنا ہے کہ کیا آپ کے لیے بچے کے تحفظ کے منصوبے کی ضرورت ہے: یعنی ایک لکھا ہوا منصوبہ کہ آپ کو محفوظ رکھنے میں کیا چیز مدد کرے گی اور کون کیا کرے گا۔ یہ آپ کو آپ کے خاندان سے دور لے جانے کے لیے نہیں ہے، اور یہ عدالت نہیں ہے۔
child-explain-3-older = آپ کے والدین یا آپ کی دیکھ بھال کرنے والے وہاں ہوں گے، اور ساتھ میں پیشہ ور لوگ، جیسے آپ کے سوشل ورکر، اسکول، صحت کا عملہ اور کبھی کبھی پولیس۔ ایک آزاد شخص، جنہیں چیئر کہتے ہیں، میٹنگ چلاتے ہیں۔
child-explain-4-older = آپ پوری میٹنگ میں یا اس کے کچھ حصے میں جا سکتے ہیں، کسی حمایتی نمائندے سے کہہ سکتے ہیں کہ آپ کی طرف سے بات کرے، اپنی رائے لکھ کر یا تصویر بنا کر بھیج سکتے ہیں، یا حصہ نہ لینے کا فیصلہ کر سکتے ہیں۔ یہ سب ٹھیک ہے، اور آپ اپنا ارادہ بدل بھی سکتے ہیں۔
child-explain-5-older = آپ یہاں جو کچھ لکھیں گے وہ نجی رہے گا، جب تک آپ خود اسے دکھانے کا فیصلہ نہ کریں۔

## The three houses

# The three houses' usual names. A child can rename each one.
child-house-good = اچھی باتوں کا گھر
child-house-worries = فکروں کا گھر
child-house-wishes = خواہشوں اور خوابوں کا گھر
child-house-rename-label = آپ اس گھر کو کوئی اور نام دے سکتے ہیں
child-house-symbol-label = اس گھر کے لیے ایک تصویر چنیں
child-symbol-sun = سورج
child-symbol-star = ستارہ
child-symbol-heart = دل
child-symbol-cloud = بادل
child-symbol-rainbow = قوس قزح
child-symbol-tree = درخت
child-house-good-prompt-young = آپ کو کس چیز سے خوشی ملتی ہے؟
child-house-good-prompt-middle = آپ کی زندگی میں اچھی چیزیں کون سی ہیں؟ کون لوگ اور کون سی چیزیں آپ کو خوش کرتی ہیں؟
child-house-good-prompt-older = آپ کے لیے کیا اچھا چل رہا ہے، گھر میں، اسکول میں یا کہیں اور؟
child-house-worries-prompt-young = کیا کوئی چیز آپ کو اداس کر رہی ہے یا ڈرا رہی ہے؟
child-house-worries-prompt-middle = کیا کوئی بات آپ کو فکر میں ڈال رہی ہے، یا آپ کو اداس کر رہی ہے، ڈرا رہی ہے یا غصہ دلا رہی ہے؟
child-house-worries-prompt-older = آپ کو کس بات کی فکر ہے، یا آپ کیا چاہتے ہیں کہ مختلف ہو؟
child-house-wishes-prompt-young = اگر آپ کے پاس جادو کی چھڑی ہوتی، تو آپ کیا مانگتے؟
child-house-wishes-prompt-middle = آپ کی خواہشیں اور خواب کیا ہیں؟ کس چیز سے حالات بہتر ہو سکتے ہیں؟
child-house-wishes-prompt-older = آپ کیا چاہتے ہیں کہ ہو، ابھی اور آنے والے وقت میں؟
child-write-label = اگر چاہیں تو یہاں لکھیں
child-draw-label = اگر چاہیں تو یہاں تصویر بنائیں
child-draw-hint = ماؤس، اپنی انگلی یا قلم استعمال کریں۔
child-draw-colour = رنگ
child-colour-black = کالا
child-colour-red = لال
child-colour-blue = نیلا
child-colour-green = ہرا
child-colour-yellow = پیلا
child-draw-eraser = ربڑ
child-draw-undo = واپس لیں
child-draw-clear = تصویر دوبارہ شروع کریں
child-draw-stamps-label = یا اپنی تصویر پر ایک چھوٹی تصویر لگائیں
child-stamp-sun = سورج
child-stamp-heart = دل
child-stamp-house = گھر
child-stamp-person = انسان
child-draw-keys-hint = ایک تصویر چنیں، پھر جہاں لگانی ہو وہاں کلک کریں یا چھوئیں۔ ماؤس نہیں ہے؟ تصویر تک جانے کے لیے Tab دبائیں، تیر والی کلیدوں سے ہلائیں، پھر Enter یا Space دبائیں۔
child-draw-canvas = آپ کی تصویر

## More about you

child-people-title = وہ لوگ جو میرے لیے اہم ہیں
child-people-prompt-young = آپ کے لیے کون خاص ہے؟
child-people-prompt-middle = آپ کی زندگی میں اہم لوگ کون ہیں؟
child-people-prompt-older = آپ کے لیے کون اہم ہے، اور جب آپ کو مدد چاہیے ہو تو آپ کس کے پاس جاتے ہیں؟
child-know-title = جو میں میٹنگ کو بتانا چاہوں
child-know-prompt-young = آپ بڑوں کو کیا بتانا چاہتے ہیں؟
child-know-prompt-middle = آپ میٹنگ میں موجود لوگوں کو کیا بتانا چاہتے ہیں؟
child-know-prompt-older = آپ سب سے بڑھ کر کیا چاہتے ہیں کہ میٹنگ کے لوگ سنیں؟
child-happen-title = جو میں چاہوں کہ ہو
child-happen-prompt-young = کس چیز سے آپ کے لیے سب کچھ بہتر ہو جائے گا؟
child-happen-prompt-middle = میٹنگ کے بعد آپ کیا ہوتا دیکھنا چاہتے ہیں؟
child-happen-prompt-older = آپ کیا چاہتے ہیں کہ میٹنگ کیا فیصلہ کرے، یا لوگ کیا کریں؟
child-part-title = میٹنگ اور میں
child-part-question = کیا آپ میٹنگ میں جانا چاہتے ہیں؟
child-part-all = ہاں، پوری میٹنگ میں
child-part-some = ہاں، اس کے کچھ حصے میں
child-part-advocate = نہیں، لیکن حمایتی نمائندہ میری طرف سے بات کرے
child-part-views = نہیں، لیکن وہ میری رائے دیکھیں
child-part-none = نہیں، اور مجھے کچھ نہیں کہنا۔ یہ بالکل ٹھیک ہے۔
child-part-unsure = مجھے ابھی یقین نہیں
child-part-words-label = میٹنگ کے بارے میں کوئی اور بات؟

## Choosing what to share

child-share-title = میٹنگ میں کیا دکھایا جا سکتا ہے؟
child-share-intro = یہ آپ کا فیصلہ ہے۔ جس چیز کے لیے آپ "نہیں" کہیں گے، وہ نجی رہے گی۔ میٹنگ میں کوئی اسے نہیں دیکھے گا۔
child-share-yes = ہاں، وہ یہ دیکھ سکتے ہیں
child-share-no = نہیں، اسے نجی رکھیں
child-share-drawing = آپ کی تصویر
child-share-nothing = آپ نے ابھی تک کچھ نہیں لکھا یا بنایا۔ یہ ٹھیک ہے۔
child-make-pdf = میرا صفحہ بنائیں
child-pdf-made = آپ کا صفحہ تیار ہے۔ اس میں صرف وہ چیزیں ہیں جو آپ نے دکھانے کے لیے چنی ہیں۔

## The child's PDF ("My views for my meeting")

child-pdf-title = میری میٹنگ کے لیے میری رائے
child-pdf-name = میرا نام
child-pdf-age = میری عمر
child-pdf-date = بنانے کی تاریخ
child-pdf-helped = کس نے میری مدد کی
# $role is one of the helper words above, without "Yes, "; $name is the helper's name.
child-pdf-helper-with-name = { $role }: { $name }
child-pdf-helper-advocate = حمایتی نمائندہ
child-pdf-helper-social-worker = سوشل ورکر
child-pdf-helper-family = میرے گھر والوں میں سے کوئی
child-pdf-helper-friend = کوئی دوست
child-pdf-helper-interpreter = ترجمان
child-pdf-helper-nobody = کسی نے نہیں، میں نے خود کیا
child-pdf-taking-part = میرے حصہ لینے کا طریقہ
child-pdf-nothing-shared = اس بار میں نے اپنی رائے نجی رکھنے کا فیصلہ کیا۔

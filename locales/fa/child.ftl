# The child's own journey. Readers: children and young people, with an advocate or another
# trusted adult beside them. Three age bands: "young" (about 5–7: very few, very simple words,
# one thing per screen), "middle" (8–11) and "older" (12 and over: a young person's wording,
# never childish). Be warm and calm. Never suggest the child has done anything wrong.

## Starting

# Button on the start screen that begins a child's own draft.
child-start-button = شروع نوشتن نظرهای خودِ کودک
# The name a child's draft gets when no name is given. $date: today, e.g. "Sunday 22 November 2026".
child-default-label = نظرهای من، شروع‌شده در { $date }
child-who-title = پیش از شروع
child-name-label = اسم کوچکت چیست؟
child-age-label = چند سالت است؟
child-helper-label = آیا امروز کسی به تو کمک می‌کند؟
child-helper-nobody = نه، تنها هستم
child-helper-advocate = بله، یک نمایندهٔ حامی
child-helper-social-worker = بله، یک مددکار اجتماعی
child-helper-family = بله، یکی از اعضای خانواده‌ام
child-helper-friend = بله، یک دوست
child-helper-interpreter = بله، یک مترجم
child-helper-name-label = اسمش چیست؟
# Above three buttons that choose how the questions are worded. The age sets it; it can be changed.
child-band-label = کدام کلمه‌ها برایت مناسب‌تر است؟
child-band-young = برای 5 تا 7 سال
child-band-middle = برای 8 تا 11 سال
child-band-older = برای 12 سال و بیشتر
# The big, kind button on every screen of the child's journey. It saves and goes back to the start.
child-stop = می‌خواهم الان تمامش کنم
child-next = بعدی
child-back = بازگشت

## What the meeting is about (one screen per paragraph for "young"; one screen for the others)

child-explain-title = دربارهٔ جلسه
child-explain-1-young = چند آدم بزرگ دربارهٔ تو جلسه دارند.
child-explain-2-young = این جلسه برای این است که تو در امان و شاد باشی.
child-explain-3-young = این جلسه برای جدا کردن تو از خانواده‌ات نیست.
child-explain-4-young = خانواده‌ات آنجا هستند، و کسانی مثل معلمت و مددکار اجتماعی‌ات.
child-explain-5-young = می‌توانی بروی، یا کسی به آنها بگوید تو چه فکر می‌کنی. یا می‌توانی چیزی نگویی. همهٔ این‌ها خوب است.
child-explain-1-middle = چند بزرگسال که خانواده‌ات را می‌شناسند جلسه‌ای دارند. به آن «کنفرانس حفاظت از کودک» می‌گویند.
child-explain-2-middle = این جلسه دربارهٔ این است که تو در امان و سالم باشی. برای جدا کردن تو از خانواده‌ات نیست.
child-explain-3-middle = پدر و مادرت یا کسانی که از تو مراقبت می‌کنند آنجا هستند، و کسانی مثل مددکار اجتماعی، معلم و پرستار مدرسه‌ات. کسی به اسم «رئیس جلسه» جلسه را اداره می‌کند و مراقب است که حرف همه شنیده شود.
child-explain-4-middle = می‌توانی در همهٔ جلسه باشی یا فقط در بخشی از آن. یک نمایندهٔ حامی می‌تواند به جای تو حرف بزند. می‌توانی نظرت را بفرستی، مثلاً یک نقاشی یا همین صفحه. یا می‌توانی اصلاً چیزی نگویی. هر انتخابی درست است.
child-explain-5-middle = آنچه اینجا می‌نویسی مال خودت است. خودت انتخاب می‌کنی که جلسه چه چیزی را ببیند.
child-explain-1-older = بزرگسالانی که با خانواده‌ات کار می‌کنند جلسه می‌گذارند تا دربارهٔ اوضاع خانه صحبت کنند. به آن «کنفرانس حفاظت از کودک» می‌گویند.
child-explain-2-older = کار این جلسه این است که تصمیم بگیرد آیا به برنامهٔ حفاظت از کودک نیاز داری یا نه: برنامه‌ای مکتوب دربارهٔ اینکه چه چیزی به در امان ماندنت کمک می‌کند و چه کسی چه کاری انجام می‌دهد. این جلسه برای جدا کردن تو از خانواده‌ات نیست، و دادگاه هم نیست.
child-explain-3-older = پدر و مادرت یا کسانی که از تو مراقبت می‌کنند آنجا هستند، همراه با متخصصانی مثل مددکار اجتماعی‌ات، مدرسه، کادر درمان و گاهی پلیس. یک فرد مستقل به اسم «رئیس جلسه» آن را اداره می‌کند.
child-explain-4-older = می‌توانی در همهٔ جلسه یا بخشی از آن باشی، از یک نمایندهٔ حامی بخواهی به جای تو حرف بزند، نظرت را به صورت نوشته یا نقاشی بفرستی، یا تصمیم بگیری شرکت نکنی. همهٔ این‌ها درست است، و می‌توانی نظرت را عوض کنی.
child-explain-5-older = هر چیزی که اینجا می‌نویسی خصوصی می‌ماند، مگر اینکه خودت بخواهی آن را نشان دهی.

## The three houses

# The three houses' usual names. A child can rename each one.
child-house-good = خانهٔ چیزهای خوب
child-house-worries = خانهٔ نگرانی‌ها
child-house-wishes = خانهٔ آرزوها و رؤیاها
child-house-rename-label = می‌توانی اسم دیگری روی این خانه بگذاری
child-house-symbol-label = یک تصویر برای این خانه انتخاب کن
child-symbol-sun = خورشید
child-symbol-star = ستاره
child-symbol-heart = قلب
child-symbol-cloud = ابر
child-symbol-rainbow = رنگین‌کمان
child-symbol-tree = درخت
child-house-good-prompt-young = چه چیزی خوشحالت می‌کند؟
child-house-good-prompt-middle = چیزهای خوب زندگی‌ات چیست؟ چه کسانی و چه چیزهایی خوشحالت می‌کنند؟
child-house-good-prompt-older = چه چیزهایی برایت خوب پیش می‌رود، در خانه، در مدرسه یا هر جای دیگر؟
child-house-worries-prompt-young = آیا چیزی ناراحتت می‌کند یا می‌ترساندت؟
child-house-worries-prompt-middle = آیا چیزی نگرانت می‌کند، یا ناراحتت می‌کند، می‌ترساندت یا عصبانی‌ات می‌کند؟
child-house-worries-prompt-older = چه چیزی نگرانت می‌کند، یا دوست داری چه چیزی فرق کند؟
child-house-wishes-prompt-young = اگر یک چوب جادویی داشتی، چه آرزویی می‌کردی؟
child-house-wishes-prompt-middle = آرزوها و رؤیاهایت چیست؟ چه چیزی اوضاع را بهتر می‌کند؟
child-house-wishes-prompt-older = دوست داری چه اتفاقی بیفتد، الان و در آینده؟
child-write-label = اگر دوست داری، اینجا بنویس
child-draw-label = اگر دوست داری، اینجا نقاشی کن
child-draw-hint = از موس، انگشتت یا قلم استفاده کن.
child-draw-colour = رنگ
child-colour-black = سیاه
child-colour-red = قرمز
child-colour-blue = آبی
child-colour-green = سبز
child-colour-yellow = زرد
child-draw-eraser = پاک‌کن
child-draw-undo = برگرداندن
child-draw-clear = نقاشی را از نو شروع کن
child-draw-stamps-label = یا یک تصویر کوچک روی نقاشی‌ات بگذار
child-stamp-sun = خورشید
child-stamp-heart = قلب
child-stamp-house = خانه
child-stamp-person = آدم
child-draw-keys-hint = یک تصویر انتخاب کن، بعد هر جا که می‌خواهی باشد کلیک کن یا دست بزن. موس نداری؟ با Tab به نقاشی برو، با کلیدهای جهت‌نما جابه‌جا کن، بعد Enter یا Space را بزن.
child-draw-canvas = نقاشی تو

## More about you

child-people-title = آدم‌هایی که برایم مهم‌اند
child-people-prompt-young = چه کسی برایت خیلی عزیز است؟
child-people-prompt-middle = آدم‌های مهم زندگی‌ات چه کسانی هستند؟
child-people-prompt-older = چه کسانی برایت مهم‌اند، و وقتی به کمک نیاز داری پیش چه کسی می‌روی؟
child-know-title = آنچه می‌خواهم جلسه بداند
child-know-prompt-young = دوست داری آدم بزرگ‌ها چه چیزی را بدانند؟
child-know-prompt-middle = دوست داری کسانی که در جلسه هستند چه چیزی را بدانند؟
child-know-prompt-older = بیشتر از همه دوست داری کسانی که در جلسه هستند چه چیزی را بشنوند؟
child-happen-title = آنچه دوست دارم اتفاق بیفتد
child-happen-prompt-young = چه چیزی اوضاع را برایت بهتر می‌کند؟
child-happen-prompt-middle = دوست داری بعد از جلسه چه اتفاقی بیفتد؟
child-happen-prompt-older = دوست داری جلسه چه تصمیمی بگیرد، یا آدم‌ها چه کاری بکنند؟
child-part-title = جلسه و من
child-part-question = دوست داری به جلسه بروی؟
child-part-all = بله، برای همهٔ جلسه
child-part-some = بله، برای بخشی از آن
child-part-advocate = نه، اما می‌خواهم یک نمایندهٔ حامی به جای من حرف بزند
child-part-views = نه، اما می‌خواهم نظرهایم را ببینند
child-part-none = نه، و نمی‌خواهم چیزی بگویم. این اشکالی ندارد.
child-part-unsure = هنوز مطمئن نیستم
child-part-words-label = چیز دیگری دربارهٔ جلسه هست؟

## Choosing what to share

child-share-title = جلسه چه چیزهایی را می‌تواند ببیند؟
child-share-intro = خودت انتخاب می‌کنی. هر چیزی که به آن «نه» بگویی خصوصی می‌ماند. هیچ‌کس در جلسه آن را نمی‌بیند.
child-share-yes = بله، می‌توانند این را ببینند
child-share-no = نه، خصوصی بماند
child-share-drawing = نقاشی تو
child-share-nothing = هنوز چیزی ننوشته‌ای یا نقاشی نکرده‌ای. اشکالی ندارد.
child-make-pdf = ساختن صفحهٔ من
child-pdf-made = صفحه‌ات آماده است. فقط چیزهایی در آن هست که خودت برای نشان دادن انتخاب کردی.

## The child's PDF ("My views for my meeting")

child-pdf-title = نظرهای من برای جلسه‌ام
child-pdf-name = اسم من
child-pdf-age = سن من
child-pdf-date = تاریخ تهیه
child-pdf-helped = چه کسی به من کمک کرد
# $role is one of the helper words above, without "Yes, "; $name is the helper's name.
child-pdf-helper-with-name = { $role }: { $name }
child-pdf-helper-advocate = یک نمایندهٔ حامی
child-pdf-helper-social-worker = یک مددکار اجتماعی
child-pdf-helper-family = یکی از اعضای خانواده‌ام
child-pdf-helper-friend = یک دوست
child-pdf-helper-interpreter = یک مترجم
child-pdf-helper-nobody = هیچ‌کس، خودم انجامش دادم
child-pdf-taking-part = چطور می‌خواهم شرکت کنم
child-pdf-nothing-shared = این بار تصمیم گرفتم نظرهایم را خصوصی نگه دارم.

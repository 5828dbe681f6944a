# The child's own journey. Readers: children and young people, with an advocate or another
# trusted adult beside them. Three age bands: "young" (about 5–7: very few, very simple words,
# one thing per screen), "middle" (8–11) and "older" (12 and over: a young person's wording,
# never childish). Be warm and calm. Never suggest the child has done anything wrong.

## Starting

# Button on the start screen that begins a child's own draft.
child-start-button = بدء صفحة آراء خاصة بالطفل
# The name a child's draft gets when no name is given. $date: today, e.g. "Sunday 22 November 2026".
child-default-label = آرائي، بدأتُها في { $date }
child-who-title = قبل أن نبدأ
child-name-label = ما اسمك الأول؟
child-age-label = كم عمرك؟
child-helper-label = هل يساعدك أحد اليوم؟
child-helper-nobody = لا، أنا وحدي
child-helper-advocate = نعم، مناصر
child-helper-social-worker = نعم، أخصائي اجتماعي
child-helper-family = نعم، شخص من عائلتي
child-helper-friend = نعم، صديق
child-helper-interpreter = نعم، مترجم شفهي
child-helper-name-label = ما اسم هذا الشخص؟
# Above three buttons that choose how the questions are worded. The age sets it; it can be changed.
child-band-label = أي كلمات تناسبك أكثر؟
child-band-young = للأعمار من 5 إلى 7
child-band-middle = للأعمار من 8 إلى 11
child-band-older = لعمر 12 فما فوق
# The big, kind button on every screen of the child's journey. It saves and goes back to the start.
child-stop = أريد التوقف الآن
child-next = التالي
child-back = رجوع

## What the meeting is about (one screen per paragraph for "young"; one screen for the others)

child-explain-title = عن الاجتماع
child-explain-1-young = بعض الكبار سيجتمعون للحديث عنك.
child-explain-2-young = هدف الاجتماع هو أمانك وسعادتك.
child-explain-3-young = الاجتماع ليس لأخذك بعيدًا عن عائلتك.
child-explain-4-young = عائلتك ستكون هناك، وأشخاص مثل معلّمك والأخصائي الاجتماعي.
child-explain-5-young = يمكنك الذهاب إلى الاجتماع. أو يمكن لشخص أن يخبرهم برأيك. أو يمكنك عدم قول أي شيء. كل هذا لا بأس به.
child-explain-1-middle = بعض الكبار الذين يعرفون عائلتك سيعقدون اجتماعًا. اسمه اجتماع حماية الطفل (child protection conference).
child-explain-2-middle = هدف الاجتماع هو الحفاظ على أمانك وعافيتك. وليس هدفه أخذك بعيدًا عن عائلتك.
child-explain-3-middle = سيحضر والداك أو من يعتنون بك، وأشخاص مثل الأخصائي الاجتماعي ومعلّمك وممرضة المدرسة. ويدير الاجتماعَ شخصٌ اسمه رئيس الاجتماع، ويحرص على أن يُستمع إلى الجميع.
child-explain-4-middle = يمكنك حضور الاجتماع كله أو جزء منه. ويمكن لمناصر أن يتحدث نيابةً عنك. ويمكنك إرسال آرائك، مثل رسمة أو هذه الصفحة. أو يمكنك عدم قول أي شيء. كل خيار لا بأس به.
child-explain-5-middle = ما في هذه الصفحة ملكك. وأنت من يختار ما يراه الاجتماع.
child-explain-1-older = الكبار الذين يعملون مع عائلتك سيجتمعون للحديث عن الأوضاع في البيت. اسم هذا الاجتماع: اجتماع حماية الطفل (child protection conference).
child-explain-2-older = مهمة الاجتماع أن يقرر ما إذا كانت تلزمك خطة حماية الطفل: وهي خطة مكتوبة تبيّن ما الذي سيساعد على حمايتك، ومن سيفعل ماذا. وليس هدف الاجتماع أخذك بعيدًا عن عائلتك، وهو ليس محكمة.
child-explain-3-older = سيحضر والداك أو من يعتنون بك، ومعهم مختصون مثل الأخصائي الاجتماعي، والمدرسة، والعاملين الصحيين، والشرطة أحيانًا. ويدير الاجتماعَ شخصٌ مستقل اسمه رئيس الاجتماع.
child-explain-4-older = يمكنك حضور الاجتماع كله أو جزء منه، أو الطلب من مناصر أن يتحدث نيابةً عنك، أو إرسال آرائك كتابةً أو في رسمة، أو اختيار عدم المشاركة. كل هذا لا بأس به، ويمكنك تغيير رأيك.
child-explain-5-older = كل ما في هذه الصفحة يبقى خاصًا، إلا إذا اخترت مشاركته.

## The three houses

# The three houses' usual names. A child can rename each one.
child-house-good = بيت الأشياء الجميلة
child-house-worries = بيت المخاوف
child-house-wishes = بيت الأمنيات والأحلام
child-house-rename-label = يمكنك إعطاء هذا البيت اسمًا آخر
child-house-symbol-label = اختيار صورة لهذا البيت
child-symbol-sun = شمس
child-symbol-star = نجمة
child-symbol-heart = قلب
child-symbol-cloud = غيمة
child-symbol-rainbow = قوس قزح
child-symbol-tree = شجرة
child-house-good-prompt-young = ما الذي يُسعدك؟
child-house-good-prompt-middle = ما الأشياء الجميلة في حياتك؟ من يُسعدك، وما الذي يُسعدك؟
child-house-good-prompt-older = ما الذي يسير بشكل جيد في حياتك، في البيت أو في المدرسة أو في أي مكان آخر؟
child-house-worries-prompt-young = هل هناك شيء يُحزنك أو يُخيفك؟
child-house-worries-prompt-middle = هل هناك شيء يُقلقك، أو يُحزنك، أو يُخيفك، أو يُغضبك؟
child-house-worries-prompt-older = ما الذي يُقلقك؟ وما الذي يجب أن يتغير برأيك؟
child-house-wishes-prompt-young = لو كانت معك عصا سحرية، ما أمنيتك؟
child-house-wishes-prompt-middle = ما أمنياتك وأحلامك؟ ما الذي سيجعل الأمور أفضل؟
child-house-wishes-prompt-older = ما آمالك لما سيحدث، الآن وفي المستقبل؟
child-write-label = يمكنك الكتابة هنا، إن أحببت
child-draw-label = يمكنك الرسم هنا، إن أحببت
child-draw-hint = يمكنك استخدام الفأرة أو إصبعك أو قلم.
child-draw-colour = اللون
child-colour-black = أسود
child-colour-red = أحمر
child-colour-blue = أزرق
child-colour-green = أخضر
child-colour-yellow = أصفر
child-draw-eraser = ممحاة
child-draw-undo = تراجع
child-draw-clear = بدء الرسمة من جديد
child-draw-stamps-label = أو ضع صورة صغيرة على رسمتك
child-stamp-sun = شمس
child-stamp-heart = قلب
child-stamp-house = بيت
child-stamp-person = شخص
child-draw-keys-hint = اختر صورة، ثم انقر أو المس المكان الذي تريدها فيه. ليس لديك فأرة؟ اضغط Tab للوصول إلى الرسمة، وحرّك بمفاتيح الأسهم، ثم اضغط Enter أو Space.
child-draw-canvas = رسمتك

## More about you

child-people-title = أشخاص مهمّون بالنسبة لي
child-people-prompt-young = من الغالي على قلبك؟
child-people-prompt-middle = من الأشخاص المهمّون في حياتك؟
child-people-prompt-older = من المهمّ بالنسبة إليك؟ ومن يساعدك وقت الحاجة؟
child-know-title = ما أريد أن يعرفه الاجتماع
child-know-prompt-young = ما الشيء الذي يهمّك أن يعرفه الكبار؟
child-know-prompt-middle = ما الذي يهمّك أن يعرفه الحاضرون في الاجتماع؟
child-know-prompt-older = ما أكثر شيء يهمّك أن يسمعه الحاضرون في الاجتماع؟
child-happen-title = ما أتمنى أن يحدث
child-happen-prompt-young = ما الذي سيجعل الأمور أفضل لك؟
child-happen-prompt-middle = ما أمنيتك لما بعد الاجتماع؟
child-happen-prompt-older = ما القرار الذي يهمّك أن يتخذه الاجتماع، أو ما الذي يهمّك أن يفعله الآخرون؟
child-part-title = الاجتماع وأنا
child-part-question = هل لديك رغبة في حضور الاجتماع؟
child-part-all = نعم، الاجتماع كله
child-part-some = نعم، جزءًا منه
child-part-advocate = لا، لكني أريد مناصرًا يتحدث نيابةً عني
child-part-views = لا، لكني أريدهم أن يروا آرائي
child-part-none = لا، ولا أريد قول أي شيء. وهذا لا بأس به.
child-part-unsure = لم أقرر بعد
child-part-words-label = هل هناك أي شيء آخر عن الاجتماع؟

## Choosing what to share

child-share-title = ما الذي يمكن أن يراه الاجتماع؟
child-share-intro = القرار لك. كل ما اخترت له «لا» يبقى خاصًا. ولن يراه أحد في الاجتماع.
child-share-yes = نعم، يمكنهم رؤية هذا
child-share-no = لا، ليبقَ خاصًا
child-share-drawing = رسمتك
child-share-nothing = لا توجد كتابة أو رسمة بعد. لا بأس بذلك.
child-make-pdf = إعداد صفحتي
child-pdf-made = صفحتك جاهزة. فيها فقط الأشياء التي اخترت مشاركتها.

## The child's PDF ("My views for my meeting")

child-pdf-title = آرائي من أجل اجتماعي
child-pdf-name = اسمي
child-pdf-age = عمري
child-pdf-date = تاريخ الإعداد
child-pdf-helped = من ساعدني
# $role is one of the helper words above, without "Yes, "; $name is the helper's name.
child-pdf-helper-with-name = { $role }: { $name }
child-pdf-helper-advocate = مناصر
child-pdf-helper-social-worker = أخصائي اجتماعي
child-pdf-helper-family = شخص من عائلتي
child-pdf-helper-friend = صديق
child-pdf-helper-interpreter = مترجم شفهي
child-pdf-helper-nobody = لا أحد، فعلتُ ذلك بنفسي
child-pdf-taking-part = كيف أريد أن أشارك
child-pdf-nothing-shared = اخترتُ أن تبقى آرائي خاصة هذه المرة.

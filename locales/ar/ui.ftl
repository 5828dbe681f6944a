# Words on the app's screens. Every message here is shown as it is, with no variables.
# Readers: parents and carers at home, often worried, some who do not read easily.
# Keep sentences short and kind; never sound like an official letter.

## Everywhere

# The window title and the name at the top of every screen.
app-name = Family Voice
# One line under the app's name in the computer's list of programs and in software centres,
# before it is installed (the .desktop entry and the AppStream metainfo, written by ./dev package).
app-summary = استعدّوا لاجتماع حماية الطفل
# Button that goes to the screen before. On every screen but the first.
nav-back = رجوع
# Button that goes to the next screen. Questions may be left blank, so this never says "skip".
nav-next = التالي
# Title of the box at the top of a page when some answers need another look.
error-summary-title = يُرجى مراجعة هذه الإجابات
# Reminder under the progress line on every part.
part-blank-ok = يمكنكم ترك أي سؤال فارغًا، والعودة إليه لاحقًا.

## Welcome screen

# Above the list of languages on the first screen. Each language is named in itself.
language-label = اللغة

welcome-title = الاستعداد لاجتماع حماية طفلكم
welcome-lead = يساعدكم هذا التطبيق على التفكير فيما تريدون قوله في الاجتماع، وعلى إعداد صفحة تطبعونها وتأخذونها معكم.
welcome-what-heading = ما هو اجتماع حماية الطفل (child protection conference)؟
welcome-what-1 = هو اجتماع بشأن طفلكم. تجتمعون أنتم والأشخاص الذين يعملون مع أسرتكم، مثل الأخصائي الاجتماعي، والمعلمين، والزائر الصحي، أو الطبيب، للحديث عن كيفية الحفاظ على سلامة طفلكم وعافيته.
welcome-what-2 = يقرر الاجتماع ما إذا كان طفلكم يحتاج إلى خطة حماية الطفل. وهي خطة مكتوبة تبيّن ما يجب أن يحدث للحفاظ على سلامة طفلكم، ومن سيساعد.
welcome-what-3 = لا يقرر الاجتماع أين يعيش طفلكم. وهو ليس محكمة.
welcome-voice-heading = آراؤكم مهمة
welcome-voice-1 = أنتم مدعوون إلى الاجتماع لتقولوا ما تفكرون فيه. فأنتم تعرفون طفلكم أكثر من أي شخص آخر.
welcome-voice-2 = يمكنكم إحضار شخص معكم لدعمكم، مثل صديق أو قريب أو مناصر.
welcome-how-heading = كيف يعمل هذا التطبيق
welcome-how-1 = أولًا تخبروننا قليلًا عن أنفسكم وعن الاجتماع. ثم تأتي ستة أجزاء قصيرة، في كل منها بعض الأسئلة.
welcome-how-2 = في النهاية يمكنكم قراءة كل شيء مرة أخرى، وإعداد ملف PDF للطباعة.
welcome-how-3 = يبقى كل شيء على هذا الحاسوب. لا يُرسَل أي شيء عبر الإنترنت.
welcome-how-4 = تُحفظ إجاباتكم تلقائيًا أثناء الكتابة. وهي مقفلة على هذا الحاسوب، فلا يستطيع أحد غيركم فتحها.
# The button that starts a new contribution, under the box for its name.
welcome-start = البدء
# Under the few words explained on the welcome screen.
welcome-more-words = المزيد من الكلمات، ودليل إلى الاجتماع

## About you and the conference (the practical page)

about-title = عنكم وعن الاجتماع
about-intro = يساعد هذا الحاضرين في الاجتماع على معرفة من كتب هذه الصفحة. املؤوا ما تستطيعون. يمكن ترك أي سؤال فارغًا.
about-you-heading = عنكم
about-name-label = الاسم
about-relationship-label = ما صلتكم بالطفل أو الأطفال؟
about-relationship-hint = مثلًا: أم، أو أب، أو جد أو جدة، أو زوج الأم أو زوجة الأب، أو مقدّم رعاية بديلة.
about-children-heading = الأطفال
about-children-hint = اكتبوا الاسم الأول لكل طفل. وأضيفوا عمره أو تاريخ ميلاده، أيهما أسهل.
about-child-name-label = الاسم الأول
about-child-age-label = العمر
about-child-birth-label = تاريخ الميلاد
about-child-add = إضافة طفل آخر
about-child-remove = حذف هذا الطفل من القائمة
about-conference-heading = الاجتماع
about-date-label = التاريخ
about-time-label = وقت البدء
about-kind-label = أي اجتماع هو؟
about-kind-initial = الاجتماع الأول (يُسمّى initial conference)
about-kind-review = اجتماع مراجعة، بعد وضع خطة
about-unsure = لا أدري
about-format-label = كيف سيُعقد؟
about-format-in-person = معًا في غرفة واحدة
about-format-video = عبر مكالمة فيديو
about-format-mixed = مزيج من الاثنين
about-format-phone = عبر الهاتف
about-social-worker-label = اسم الأخصائي الاجتماعي الذي يتابعكم
about-helper-heading = المساعدة في هذا النموذج
about-helper-label = هل ساعدكم أحد في تعبئة هذا النموذج؟
about-helper-nobody = لا، ملأته بنفسي
about-helper-supporter = صديق أو أحد أفراد العائلة
about-helper-advocate = مناصر
about-helper-social-worker = أخصائي اجتماعي
about-helper-interpreter = مترجم شفهي
about-helper-name-label = اسم الشخص
about-interpreter-label = هل تحتاجون إلى مترجم شفهي في الاجتماع؟
about-interpreter-no = لا
about-interpreter-yes = نعم
about-interpreter-language-label = أي لغة؟
about-access-label = هل هناك أي شيء يساعدكم على المشاركة في الاجتماع؟
about-access-hint = مثلًا: مدخل بلا درجات، أو طباعة بخط كبير، أو حلقة سمعية لأجهزة السمع، أو فترات استراحة، أو غرفة هادئة للانتظار.

## Check your answers

check-title = راجعوا إجاباتكم
check-intro = اقرؤوا ما كتبتموه. يمكنكم تغيير أي شيء قبل إعداد ملف PDF.
# Button beside each part that goes back to it.
check-change = تغيير
check-not-answered = لم تتم الإجابة
check-make-pdf = إعداد ملف PDF
check-pdf-note = ستختارون مكان حفظه. ثم يمكنكم طباعته، أو إعطاؤه لرئيس الاجتماع أو للأخصائي الاجتماعي.
status-making-pdf = جارٍ إعداد ملف PDF…
status-cancelled = لم تختاروا مكانًا لحفظ ملف PDF، لذلك لم يُحفظ. يمكنكم المحاولة مرة أخرى.

## Your PDF is ready

done-title = ملف PDF جاهز
done-saved = حُفظ باسم:
done-open = فتح ملف PDF
done-back = العودة إلى إجاباتي
done-bring = اطبعوه وأحضروه إلى الاجتماع، أو أرسلوه إلى رئيس الاجتماع أو الأخصائي الاجتماعي قبل الاجتماع. ولا يزال بإمكانكم تغيير إجاباتكم وإعداد ملف جديد.
# Button on the "Your PDF is ready" screen that opens the notes to hold at the conference.
done-notes = اصنع ملاحظاتي ليوم الاجتماع

## Problems

# Shown when something failed that the family can do nothing about but try again.
error-unexpected = حدث خطأ ما. ما كتبتموه لا يزال هنا. يُرجى المحاولة مرة أخرى.

## Buttons at the top of every screen

nav-timeline = ماذا يحدث ومتى
nav-guide = الدليل والكلمات
# Above the links to the glossary on a part's screen.
part-words = كلمات في هذه الصفحة

## What happens when (the timeline screen; its steps come from timeline.ftl)

timeline-no-date = أضيفوا تاريخ الاجتماع في صفحة «عنكم وعن الاجتماع»، وستظهر مواعيدكم هنا.
timeline-add-date = إضافة التاريخ
timeline-reports-days-label = قبل الاجتماع بكم يوم عمل يجب أن تصلكم التقارير؟
timeline-reports-days-hint = معظم المجالس المحلية تحدد يومين للاجتماع الأول و5 أيام لاجتماع المراجعة. لكن المجالس تختلف، لذا تأكدوا من الأخصائي الاجتماعي.
timeline-chair-minutes-label = كم دقيقة قبل الاجتماع يلتقي بكم رئيس الاجتماع؟
timeline-chair-minutes-hint = كثير من المجالس المحلية تحدد 30 دقيقة، وبعضها 15 دقيقة أو ساعة. قد تجدون ذلك في الدعوة، وإلا فاسألوا الأخصائي الاجتماعي.
timeline-calendar-heading = أضيفوا المواعيد إلى تقويمكم
timeline-calendar-intro = يحفظ هذا ملفًا يمكن فتحه على هاتفكم، أو في Outlook، أو في أي تقويم آخر. المواعيد تذكر ما سيحدث فقط، ولا تذكر من يخصّه الأمر.
timeline-calendar-names = إضافة الأسماء الأولى لأطفالي إلى المواعيد
timeline-calendar-save = حفظ ملف التقويم
timeline-calendar-saved = حُفظ ملف التقويم باسم:
status-calendar-cancelled = لم تختاروا مكانًا لحفظ ملف التقويم، لذلك لم يُحفظ.

## Your drafts (the start screen)

drafts-heading = مسوداتكم
drafts-intro = تُحفظ إجابات كل شخص في مسودة منفصلة. تابعوا العمل على إحداها، أو ابدؤوا مسودة جديدة.
drafts-none = لا توجد مسودات على هذا الحاسوب بعد.
drafts-open = متابعة
drafts-rename = إعادة التسمية
drafts-rename-label = الاسم الجديد
drafts-rename-save = حفظ الاسم
drafts-cancel = إلغاء
drafts-delete = حذف
# Asked once, beside the draft, after "Delete". Followed by the two buttons below.
drafts-delete-confirm = هل تريدون حذف هذه المسودة؟ سيُحذف كل ما فيها، وكل نسخة احتفظ بها التطبيق، نهائيًا.
drafts-delete-yes = نعم، احذفها
drafts-delete-no = لا، أبقِها
# Above the files in the drafts folder that do not open.
drafts-unreadable-heading = ملفات تعذّر فتحها
drafts-new-heading = بدء مساهمة جديدة
drafts-new-label = ما الاسم الذي نعطيه لها؟
drafts-new-hint = مثلًا: «الأم — الاجتماع الأول، 3 ديسمبر». يمكنكم ترك الاسم فارغًا وتغييره لاحقًا.
# Spare passphrase, on the start screen when the drafts are open.
drafts-spare-heading = إضافة عبارة مرور احتياطية
drafts-spare-intro = تُفتح مسوداتكم عن طريق مخزن كلمات المرور في هذا الحاسوب. وعبارة المرور الاحتياطية طريقة ثانية للدخول، في حال تعذّر استخدام مخزن كلمات المرور يومًا ما. اكتبوها في مكان آمن.
drafts-spare-saved = تم تعيين عبارة المرور الاحتياطية.
drafts-spare-save = حفظ عبارة المرور

## Saving, at the top of every screen

save-saving = جارٍ الحفظ…
save-saved = تم الحفظ
# After the reason a save failed (for example a full disk), when the family pressed Lock, Hide
# or My drafts, or the app was about to lock itself: the draft is kept open so that nothing
# typed is lost, and saves by itself once it can.
save-kept-open = حتى لا يضيع شيء، ستبقى هذه المسودة مفتوحة إلى أن تُحفظ آخر تغييراتكم.
# After the reason a save failed, when the family closed the window: it stayed open this once,
# and closing it again closes it.
save-close-again = حتى لا يضيع شيء، ما زال التطبيق مفتوحًا. إذا أردتم إغلاقه رغم ذلك دون آخر تغييراتكم، فأغلقوه مرة أخرى.
# Button at the top of every screen when only the passphrase opens the drafts: locks them and
# clears the screen.
nav-lock = قفل
# The same button when the drafts open without a passphrase on this computer account: it closes
# them and clears the screen, but does not promise a lock that anyone on the account can open.
nav-lock-keychain = إغلاق المسودات
# Button at the top of every screen: blanks the window at once and locks the drafts, for when
# someone comes into the room. Pressing Escape twice or Shift three times does the same.
nav-hide = إخفاء
# The only thing on the blank screen shown after "Hide". Deliberately plain, so the screen
# gives nothing away; it leads to the locked screen, never back to the draft.
cover-continue = متابعة
nav-drafts = مسوداتي

## Locked, and other ways in

locked-title = مسوداتكم مقفلة
locked-intro = أقفل التطبيق مسوداتكم للحفاظ على خصوصيتها. لا يستطيع أحد قراءتها حتى يُفتح قفلها.
locked-intro-keychain = أُغلقت مسوداتكم ومُسحت الشاشة. على حساب الكمبيوتر هذا تُفتح المسودات دون عبارة مرور، لذلك يستطيع أي شخص يمكنه استخدام هذا الحساب أن يفتحها من جديد بالزر أدناه.
locked-unlock = فتح القفل
locked-try-again = المحاولة مرة أخرى
passphrase-label = عبارة المرور
passphrase-again-label = اكتبوا عبارة المرور مرة أخرى
passphrase-mismatch = عبارتا المرور غير متطابقتين. يُرجى كتابتهما مرة أخرى.
passphrase-unlock = فتح القفل بعبارة المرور
# Under the passphrase box while a new passphrase is typed: how easy it would be to guess.
passphrase-strength-easy = سهلة التخمين. أضيفوا بضع كلمات أخرى لا يجمعها معًا أحد غيركم.
passphrase-strength-fair = مقبولة. كلمة أو كلمتان إضافيتان ستجعلانها أصعب تخمينًا بكثير.
passphrase-strength-hard = صعبة التخمين. أحسنتم.
choose-title = اختاروا عبارة مرور
choose-intro = عبارة المرور مثل كلمة المرور، لكنها أطول: جملة قصيرة تتذكرونها تفي بالغرض. ستحتاجون إليها في كل مرة تفتحون فيها مسوداتكم. بعد ذلك ستحصلون على رمز استرداد. إذا نسيتم عبارة المرور، فلن يفتح مسوداتكم إلا هذا الرمز: لا يستطيع أحد غيركم استعادتها لكم، ولا حتى Family Voice.
choose-save = استخدام عبارة المرور هذه
lost-title = لا يمكن فتح مسوداتكم
lost-start-again = البدء من جديد
# Asked once after "Start again". Followed by the two buttons below.
lost-confirm = البدء من جديد يضع المسودات التي لا يمكن فتحها جانبًا، في مجلد خاص بها، ويعطيكم قائمة جديدة فارغة. لا يُحذف أي شيء.
lost-confirm-yes = نعم، ضعها جانبًا وابدأ من جديد
lost-confirm-no = لا، الرجوع
failed-title = تعذّر فتح مسوداتكم

## The recovery code, shown once after a passphrase is chosen

recovery-title = رمز الاسترداد الخاص بكم
recovery-intro = إذا نسيتم عبارة المرور يومًا ما، فسيفتح هذا الرمز مسوداتكم بدلًا منها. ولن يظهر إلا هذه المرة فقط.
recovery-keep = اكتبوه على ورقة، أو احفظوا ورقة الاسترداد واطبعوها. احتفظوا بالرمز في مكان آمن، بعيدًا عن هذا الحاسوب: أي شخص يحصل عليه يستطيع فتح مسوداتكم.
recovery-save = حفظ ورقة الاسترداد لطباعتها
# After "It was saved as:" and the file's name.
recovery-saved-note = اطبعوها، واحتفظوا بالورقة في مكان آمن، ثم احذفوا الملف من هذا الحاسوب.
recovery-done = احتفظتُ به في مكان آمن. متابعة
# On the locked screen: opens the way in with the recovery code.
locked-forgot = نسيتُ عبارة المرور
locked-forgot-intro = اكتبوا الرمز الموجود في ورقة الاسترداد، ثم اختاروا عبارة مرور جديدة. ستُفتح مسوداتكم، ومن ذلك الحين ستفتحها عبارة المرور الجديدة.
recovery-code-label = رمز الاسترداد
recovery-new-save = فتح مسوداتي بعبارة المرور الجديدة

## The very first start: how the drafts will open

first-title = كيف تريدون أن تُفتح مسوداتكم؟
first-intro = كل ما تكتبونه هنا يبقى مقفلًا على هذا الحاسوب. اختاروا طريقة فتحه. يمكنكم تغيير ذلك لاحقًا دون أن تفقدوا أي شيء.
first-passphrase = طلب عبارة المرور الخاصة بي في كل مرة
# Under the button above. Says why it is recommended.
first-passphrase-why = هذا هو الخيار الموصى به، لأن أشخاصًا آخرين قد يستخدمون هذا الحاسوب. لا يستطيع فتح مسوداتكم إلا من يعرف عبارة المرور الخاصة بكم، حتى على حساب الكمبيوتر الخاص بكم.
first-keychain = الفتح دون سؤال على حساب الكمبيوتر هذا
# Under the button above. Says plainly who can then open the drafts.
first-keychain-why = لن تحتاجوا إلى عبارة مرور. لكن أي شخص يمكنه استخدام حساب الكمبيوتر هذا يستطيع فتح مسوداتكم، وكذلك البرامج التي تعمل عليه.

## How the drafts open, on the start screen (can be changed)

way-heading = كيف تُفتح مسوداتكم
way-keychain-now = تُفتح مسوداتكم دون عبارة مرور على حساب الكمبيوتر هذا. يستطيع أي شخص يمكنه استخدام هذا الحساب أن يفتحها.
way-to-passphrase-intro = لحمايتها من الأشخاص الآخرين الذين يستخدمون هذا الحساب، اختاروا عبارة مرور. بعد ذلك ستُطلب منكم في كل مرة.
way-to-passphrase = طلب عبارة المرور الخاصة بي في كل مرة
way-passphrase-now = تطلب مسوداتكم عبارة المرور الخاصة بكم في كل مرة تُفتح فيها.
way-to-keychain-intro = لكي تُفتح مسوداتكم دون عبارة مرور على حساب الكمبيوتر هذا، اكتبوا عبارة المرور مرة أخرى. بعد ذلك سيستطيع أي شخص يمكنه استخدام هذا الحساب أن يفتحها.
way-to-keychain = الفتح دون سؤال على حساب الكمبيوتر هذا
# After either change above.
way-changed = تم. كل مسوداتكم ما زالت هنا.

## While the computer's password store is being asked for the drafts' key

asking-title = جارٍ فتح مسوداتكم
# Shown while the computer puts up its own box asking for its password (the "keyring"), which
# can take a while. Written so that a family knows the box is the computer's, not a trick.
asking-intro = حاسوبكم يطلب كلمة مرور مخزن كلمات المرور الخاص به… هذه نافذة كلمة المرور الخاصة بالحاسوب نفسه، وليست من Family Voice. اكتبوا فيها كلمة مرور الحاسوب، وستُفتح مسوداتكم.
# Shown under the message above, only when the drafts also have a passphrase.
asking-passphrase-intro = أو افتحوا القفل بعبارة المرور الخاصة بكم في Family Voice بدلًا من ذلك:

## Delete everything (at the foot of the start screens)

erase-heading = حذف كل شيء من هذا الحاسوب
# Says exactly what goes, so nobody is surprised, and that it cannot be undone.
erase-intro = هذا يزيل كل ما يحتفظ به Family Voice على هذا الحاسوب: كل المسودات، وكل نُسخها، والمفتاح الذي يفتحها، ومراجعات المترجمين للترجمة، وإعداداتكم. ولا يمكن التراجع عن ذلك. يُغلق التطبيق عندما ينتهي. ملفات PDF التي حفظتموها بأنفسكم في مكان آخر لن تُمسّ.
# Above the box. The word to type follows on its own line.
erase-confirm-label = للتأكد، اكتبوا هذه الكلمة في المربع:
# The word the family must type to confirm. Use an ordinary word of your language that means
# "delete", easy to type on a keyboard for your language.
erase-confirm-word = حذف
erase-button = حذف كل شيء الآن
# Under the box, when what was typed is not the word above.
erase-not-confirmed = لم يُحذف أي شيء. لحذف كل شيء، اكتبوا الكلمة الظاهرة أعلاه كما هي تمامًا.
# Under the box, when the drafts were deleted but a folder of the app's other files could not be removed
# (another program was still writing in it). Read by a parent who has just deleted everything.
erase-incomplete = حُذفت مسوداتكم ومفتاحها، لكن تعذّر حذف بعض ملفات التطبيق الأخرى حتى الآن. أغلقوا Family Voice ثم افتحوه من جديد واختاروا «حذف كل شيء» مرة أخرى.

## Read aloud (beside each question, guide paragraph and child's question)

# Small button that reads the words beside it aloud, through the computer's own voice.
read-aloud = اقرأ بصوت عالٍ
# The same button while it is reading: stops the reading at once.
read-aloud-stop = إيقاف
# Shown once on a screen instead of the buttons, when the computer has no voice for the
# screens' language (Somali, on most computers).
read-aloud-no-voice = لا يوجد على هذا الكمبيوتر صوت يستطيع قراءة هذه اللغة بصوت عالٍ.
# Shown when the computer's voice failed to read the words.
read-aloud-failed = لم تنجح القراءة بصوت عالٍ. يُرجى المحاولة مرة أخرى.

# After the conference: the categories of harm a Child Protection Plan is made under in England.
outcome-category-physical = إساءة جسدية
outcome-category-emotional = إساءة عاطفية
outcome-category-sexual = إساءة جنسية
outcome-category-neglect = إهمال
# On a review conference's draft, above the answer the family gave to the same question last time.
last-time-said = في المرة الماضية قلت:
# Under the last answer: a prompt to think about what is different now.
last-time-changed = ما الذي تغيّر منذ ذلك الوقت؟ هل ما زال هذا صحيحًا؟
# A button beside a parent's draft on the start screen: it starts a new draft for the review conference from it, and the old one stays as it was.
drafts-prepare-review = الاستعداد لمؤتمر المراجعة
## After the conference: a part of the timeline screen where the family writes down what was decided.
# Heading.
outcome-title = بعد المؤتمر
# Under the heading.
outcome-intro = عندما ينتهي المؤتمر، اكتب ما قرره. سيُظهر الجدول الزمني بعدها التواريخ التي أُعطيت لك.
# A question with three answers below it.
outcome-plan-label = هل قرر المؤتمر وضع خطة حماية للطفل؟
outcome-plan-yes = نعم، توجد خطة
outcome-plan-no = لا توجد خطة
outcome-plan-unsure = لست متأكدًا
# Above four boxes to tick, each with a category of harm and a plain sentence saying what it means.
outcome-categories-label = ما نوع الأذى الذي ذكروه؟ يمكنك اختيار أكثر من واحد.
outcome-category-physical-hint = إيذاء جسم الطفل، أو عدم حمايته من الأذى.
outcome-category-emotional-hint = معاملة الطفل بطريقة تؤذي مشاعره، مثل الصراخ الكثير أو تخويفه أو تجاهله.
outcome-category-sexual-hint = إجبار الطفل أو السماح له بالمشاركة في أمور جنسية.
outcome-category-neglect-hint = عدم إعطاء الطفل ما يحتاجه كل يوم، مثل الطعام والدفء والرعاية والأمان والطبيب.
# Labels of two date boxes.
outcome-core-group-label = تاريخ أول اجتماع للمجموعة الأساسية
outcome-review-label = تاريخ مؤتمر المراجعة
# On the guide's section about complaints, when a draft is open: a box where the family may keep the council's contact for a complaint about how the conference was run. The app has no council's details built in.
outcome-council-label = جهة الاتصال في المجلس للشكاوى (اسم أو رقم هاتف أو بريد إلكتروني)، إذا أردت حفظها هنا
# The button that saves what was decided.
outcome-save = حفظ ما تقرر
# Shown after saving.
outcome-saved = تم الحفظ. يُظهر الجدول الزمني الآن التواريخ التي أُعطيت لك.

# Messages when something needs another look or goes wrong. Shown on screen; readers are
# parents. Say what happened and what to do, kindly; never blame, never show technical words.

error-child-name-missing = يُرجى كتابة الاسم الأول لهذا الطفل، أو حذف الطفل من القائمة.
error-child-age-range = يُرجى كتابة عمر من 0 إلى 18.
error-child-born-future = تاريخ الميلاد في المستقبل. يُرجى التحقق منه.
error-interpreter-language-missing = يُرجى ذكر اللغة التي تحتاجون إلى مترجم شفهي لها.
error-scale-range = يُرجى اختيار رقم من 0 إلى 10.
error-unknown-question = في هذا الملف إجابة عن سؤال لا يعرفه التطبيق.
error-contribution-invalid = هذا الملف ليس مساهمة من Family Voice، أو أنه تالف.
error-contribution-newer-version = أُنشئ هذا الملف بإصدار أحدث من Family Voice. يُرجى تحديث التطبيق لفتحه.
# When the PDF is refused because some characters cannot be printed (shown on screen to
# parents). $what is one or more of the unprintable- sentences below.
error-pdf-cannot-print = لم يتم إنشاء ملف PDF، لأن بعض ما كُتب لا يمكن طباعته على هذا الكمبيوتر. { $what } لم يضِع شيء مما كتبته.
# Under a text box while a parent or child types, when some of it would not print. $what as above.
unprintable-note = بعض هذا النص لن يظهر في ملف PDF. { $what }
# One sentence per kind of character that cannot be printed. $chars lists them (private and unknown
# ones as codes such as U+E000); $script is one of the script names below; $package is the name
# of a Debian package.
unprintable-script = { $chars } (كتابة { $script }): يُرجى تثبيت الخط المجاني { $package } (على Debian أو Ubuntu)، ثم حاول مرة أخرى.
unprintable-script-windows = { $chars } (كتابة { $script }): يُرجى إضافة الخطوط المجانية لهذه الكتابة في Windows (افتح Settings، وابحث عن “Optional features”، وأضف “Supplemental Fonts” الخاصة بها)، ثم حاول مرة أخرى.
unprintable-script-macos = { $chars } (كتابة { $script }): يُرجى فتح Font Book على جهاز Mac هذا وتنزيل خط مجاني لهذه الكتابة، ثم حاول مرة أخرى.
unprintable-emoji = { $chars } (رموز تعبيرية): يُرجى تثبيت الخط المجاني { $package } (على Debian أو Ubuntu)، أو احذفها.
unprintable-emoji-newer = { $chars } (رموز تعبيرية): لا يوجد خط على هذا الكمبيوتر يمكنه طباعتها. يُرجى حذفها، أو استخدام كلمات بدلًا منها.
unprintable-private = { $chars } (رموز خاصة لا يفهمها إلا برنامج واحد): لا يمكن طباعتها أبدًا. يُرجى حذفها.
unprintable-other = { $chars }: لا يوجد خط على هذا الكمبيوتر يمكنه طباعتها. يُرجى حذفها.
# Names of kinds of writing, used in the message above.
script-arabic = العربية
script-hebrew = العبرية
script-bengali = البنغالية
script-devanagari = الديفاناغارية (الهندية)
script-gurmukhi = الغورموخية (البنجابية)
script-gujarati = الغوجاراتية
script-latin = اللاتينية
script-ethiopic = الإثيوبية (الأمهرية، التغرينية)
script-tamil = التاميلية
script-tibetan = التبتية
script-cjk = الصينية أو اليابانية
script-korean = الكورية
error-pdf-font-missing = لا يوجد على هذا الحاسوب أي خط يمكن لملف PDF استخدامه. يُرجى تثبيت خطوط Noto المجانية (على Debian أو Ubuntu: fonts-noto-core) ثم المحاولة مرة أخرى.
error-file-disk-full = لا توجد مساحة كافية على القرص لحفظ هذا. يُرجى إفراغ بعض المساحة، أو اختيار مكان آخر، ثم المحاولة مرة أخرى.
error-file-not-allowed = لا يُسمح للتطبيق بالحفظ في هذا المجلد. يُرجى اختيار مجلد آخر.
error-file-write-failed = تعذّر حفظ الملف. يُرجى المحاولة مرة أخرى، أو اختيار مكان آخر.
error-pdf-open-failed = تم حفظ ملف PDF، لكن تعذّر فتحه. يمكنكم العثور عليه في المجلد الذي اخترتموه، وفتحه من هناك.
error-notice-days-range = يُرجى اختيار عدد أيام عمل من 0 إلى 20.
error-chair-minutes-range = يرجى اختيار عدد من الدقائق بين 5 و120.

# When the family writes down dates given at the conference before giving the conference's own date.
error-outcome-no-conference-date = من فضلك اكتب تاريخ المؤتمر أولًا، في الصفحة العملية.
# When a core group or review date the family typed is before the conference or more than a year after it.
error-outcome-date-impossible = هذا التاريخ لا يبدو صحيحًا. يجب أن يكون بعد المؤتمر، وقبل مرور سنة عليه.

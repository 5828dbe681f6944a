# Messages when something needs another look or goes wrong. Shown on screen; readers are
# parents. Say what happened and what to do, kindly; never blame, never show technical words.

error-child-name-missing = অনুগ্রহ করে এই শিশুর নাম (প্রথম নাম) লিখুন, অথবা শিশুটিকে তালিকা থেকে সরিয়ে দিন।
error-child-age-range = অনুগ্রহ করে 0 থেকে 18-এর মধ্যে একটি বয়স লিখুন।
error-child-born-future = জন্মতারিখটি ভবিষ্যতের একটি তারিখ। অনুগ্রহ করে একবার দেখে নিন।
error-interpreter-language-missing = কোন ভাষার দোভাষী লাগবে, অনুগ্রহ করে তা লিখুন।
error-scale-range = অনুগ্রহ করে 0 থেকে 10-এর মধ্যে একটি সংখ্যা বেছে নিন।
error-unknown-question = এই ফাইলে এমন একটি প্রশ্নের উত্তর আছে, যেটা এই অ্যাপ চেনে না।
error-contribution-invalid = এই ফাইলটি Family Voice-এর মতামতের ফাইল নয়, অথবা এটি নষ্ট হয়ে গেছে।
error-contribution-newer-version = এই ফাইলটি Family Voice-এর একটি নতুন সংস্করণে তৈরি। এটি খুলতে অনুগ্রহ করে অ্যাপটি আপডেট করুন।
# When the PDF is refused because some characters cannot be printed (shown on screen to
# parents). $what is one or more of the unprintable- sentences below.
error-pdf-cannot-print = PDF তৈরি হয়নি, কারণ যা লেখা হয়েছে তার কিছু অংশ এই কম্পিউটারে ছাপা যায় না। { $what } আপনার লেখা কিছুই হারায়নি।
# Under a text box while a parent or child types, when some of it would not print. $what as above.
unprintable-note = এর কিছু অংশ PDF-এ ছাপা হবে না। { $what }
# One sentence per kind of character that cannot be printed. $chars lists them (private and unknown
# ones as codes such as U+E000); $script is one of the script names below; $package is the name
# of a Debian package.
unprintable-script = { $chars } ({ $script } লেখা): অনুগ্রহ করে বিনামূল্যের ফন্ট { $package } ইনস্টল করুন (Debian বা Ubuntu-তে), তারপর আবার চেষ্টা করুন।
unprintable-script-windows = { $chars } ({ $script } লেখা): অনুগ্রহ করে Windows-এ এই লেখার বিনামূল্যের ফন্ট যোগ করুন (Settings খুলুন, “Optional features” খুঁজুন এবং এর “Supplemental Fonts” যোগ করুন), তারপর আবার চেষ্টা করুন।
unprintable-script-macos = { $chars } ({ $script } লেখা): অনুগ্রহ করে এই Mac-এ Font Book খুলুন এবং এই লেখার একটি বিনামূল্যের ফন্ট ডাউনলোড করুন, তারপর আবার চেষ্টা করুন।
unprintable-emoji = { $chars } (ইমোজি): অনুগ্রহ করে বিনামূল্যের ফন্ট { $package } ইনস্টল করুন (Debian বা Ubuntu-তে), অথবা এগুলো মুছে দিন।
unprintable-emoji-newer = { $chars } (ইমোজি): এই কম্পিউটারের কোনো ফন্ট এগুলো ছাপতে পারে না। অনুগ্রহ করে এগুলো মুছে দিন, অথবা এর বদলে শব্দ লিখুন।
unprintable-private = { $chars } (বিশেষ চিহ্ন, যা শুধু একটি প্রোগ্রাম বোঝে): এগুলো কখনো ছাপা যায় না। অনুগ্রহ করে এগুলো মুছে দিন।
unprintable-other = { $chars }: এই কম্পিউটারের কোনো ফন্ট এগুলো ছাপতে পারে না। অনুগ্রহ করে এগুলো মুছে দিন।
# Names of kinds of writing, used in the message above.
script-arabic = আরবি
script-hebrew = হিব্রু
script-bengali = বাংলা
script-devanagari = দেবনাগরী (হিন্দি)
script-gurmukhi = গুরুমুখী (পাঞ্জাবি)
script-gujarati = গুজরাটি
script-latin = লাতিন
script-ethiopic = ইথিওপীয় (আমহারিক, তিগরিনিয়া)
script-tamil = তামিল
script-tibetan = তিব্বতি
script-cjk = চীনা বা জাপানি
script-korean = কোরীয়
error-pdf-font-missing = এই কম্পিউটারে PDF-এর জন্য ব্যবহার করার মতো কোনো ফন্ট নেই। অনুগ্রহ করে বিনামূল্যের Noto ফন্টগুলো ইনস্টল করুন (Debian বা Ubuntu-তে: fonts-noto-core), তারপর আবার চেষ্টা করুন।
error-file-disk-full = এটি সেভ করার মতো যথেষ্ট জায়গা ডিস্কে নেই। অনুগ্রহ করে কিছু জায়গা খালি করুন, অথবা অন্য কোনো জায়গা বেছে নিন, তারপর আবার চেষ্টা করুন।
error-file-not-allowed = ওই ফোল্ডারে সেভ করার অনুমতি অ্যাপটির নেই। অনুগ্রহ করে অন্য একটি ফোল্ডার বেছে নিন।
error-file-write-failed = ফাইলটি সেভ করা যায়নি। অনুগ্রহ করে আবার চেষ্টা করুন, অথবা অন্য কোনো জায়গা বেছে নিন।
error-pdf-open-failed = PDF-টি সেভ হয়েছে, কিন্তু খোলা যায়নি। আপনি যে ফোল্ডারটি বেছে নিয়েছিলেন, সেখানে এটি পাবেন, আর সেখান থেকেই খুলতে পারবেন।
error-notice-days-range = অনুগ্রহ করে 0 থেকে 20-এর মধ্যে কর্মদিবসের একটি সংখ্যা বেছে নিন।
error-chair-minutes-range = অনুগ্রহ করে 5 থেকে 120-এর মধ্যে মিনিটের সংখ্যা বেছে নিন।

# When the family writes down dates given at the conference before giving the conference's own date.
error-outcome-no-conference-date = দয়া করে আগে ব্যবহারিক পাতায় কনফারেন্সের তারিখ লিখুন।
# When a core group or review date the family typed is before the conference or more than a year after it.
error-outcome-date-impossible = এই তারিখটি ঠিক মনে হচ্ছে না। এটি কনফারেন্সের পরে এবং তার এক বছরের মধ্যে হতে হবে।

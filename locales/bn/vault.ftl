# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) is there but locked, or did not answer. Followed by a box for the passphrase.
error-vault-keychain-unavailable = এই কম্পিউটারের পাসওয়ার্ড ভান্ডার লক করা আছে বা সাড়া দেয়নি, তাই আপনার খসড়াগুলো স্বাভাবিক উপায়ে আনলক করা যাচ্ছে না। এর বদলে আপনি একটি পাসফ্রেজ ব্যবহার করতে পারেন। আপনার লেখা কিছুই হারায়নি।

# Start screen, the very first time, when this computer has no password store the app can use
# at all. Followed by two boxes to choose a passphrase.
error-vault-no-keychain = এই কম্পিউটারে এমন কোনো পাসওয়ার্ড ভান্ডার নেই যেটা Family Voice ব্যবহার করতে পারে, তাই আপনার খসড়াগুলো একটি পাসফ্রেজ দিয়ে সুরক্ষিত রাখা হবে। পাসফ্রেজটি আপনি এখনই বেছে নেবেন, আর যতবার খসড়া খুলবেন, ততবার সেটা লিখবেন।

# Start screen, when the small file that records where the drafts' key is kept is damaged and
# could not be mended. The drafts themselves are still on the computer, untouched. Followed by
# "Start again", which puts them to one side rather than deleting them.
error-vault-key-file-damaged = আপনার খসড়াগুলো এখনো এই কম্পিউটারেই আছে, কিন্তু সেগুলো খোলার চাবির তথ্য নষ্ট হয়ে গেছে, আর অ্যাপটি সেটা ঠিক করতে পারেনি। কিছুই মুছে ফেলা হয়নি।

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = আপনার খসড়াগুলো এখনো এখানেই আছে, কিন্তু সেগুলো খোলার চাবিটি এই কম্পিউটারে আর নেই। আপনি যদি একটি পাসফ্রেজ বেছে নিয়ে থাকেন, তাহলে সেটা দিয়ে খসড়াগুলো খুলতে পারবেন। তা না হলে আপনি নতুন করে শুরু করতে পারেন: যে খসড়াগুলো খোলা যাচ্ছে না, সেগুলো মুছে ফেলা হয় না, আলাদা করে সরিয়ে রাখা হয়।

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = এই খসড়াগুলোর জন্য কখনো কোনো পাসফ্রেজ বেছে নেওয়া হয়নি, তাই পাসফ্রেজ দিয়ে এগুলো খোলা যাবে না। অনুগ্রহ করে ফিরে গিয়ে আবার চেষ্টা করুন।

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = এই পাসফ্রেজ দিয়ে আপনার খসড়াগুলো খুলছে না। অনুগ্রহ করে দেখে নিয়ে আবার চেষ্টা করুন। বড় হাতের আর ছোট হাতের অক্ষর, আর ফাঁকা জায়গা (স্পেস) — সবই হুবহু মিলতে হবে।

# "I have forgotten my passphrase", when the recovery code typed is not right.
error-vault-wrong-recovery-code = এই রিকভারি কোড দিয়ে আপনার খসড়াগুলো খুলছে না। অনুগ্রহ করে আপনার রিকভারি পাতার প্রতিটি অক্ষর আর সংখ্যা মিলিয়ে দেখে আবার চেষ্টা করুন।

# Passphrase screen, under the box, when the new passphrase chosen is too short.
error-vault-passphrase-too-short = অনুগ্রহ করে অন্তত { $min } অক্ষরের একটি পাসফ্রেজ বেছে নিন। মনে থাকবে এমন একটি ছোট বাক্য হলে ভালো হয়।

# Start screen; only seen if something has gone wrong in the app itself, when it tries to set
# up drafts that already have a key.
error-vault-already-set-up = এই কম্পিউটারে আপনার খসড়াগুলো আগে থেকেই তৈরি করা আছে। অনুগ্রহ করে অ্যাপটি বন্ধ করে আবার খুলুন।

# Start screen; only seen if something has gone wrong in the app itself, when it tries to open
# drafts before any were set up.
error-vault-not-set-up = এই কম্পিউটারে এখনো কোনো খসড়া নেই। আপনি একটি নতুন খসড়া শুরু করতে পারেন।

# Any screen with a draft, after the app locked itself or was locked on purpose.
error-vault-locked = আপনার খসড়াগুলো গোপন রাখার জন্য লক করা আছে। আবার কাজ শুরু করতে অনুগ্রহ করে সেগুলো আনলক করুন।

# Start screen or a draft, when the draft asked for is not there (often it was just deleted).
error-vault-not-found = এই খসড়াটি খুঁজে পাওয়া যায়নি। হয়তো এটি মুছে ফেলা হয়েছে।

# Start screen, rename box or new draft box, when the name is left empty.
error-vault-label-missing = অনুগ্রহ করে এই খসড়াটির একটি নাম দিন, যাতে পরে আবার খুঁজে পান। যেমন: "মা — প্রথম কনফারেন্স"।

# Start screen, in the list of drafts, beside a file that is not a Family Voice draft.
error-vault-foreign-file = খসড়ার ফোল্ডারে এমন একটি জিনিস আছে, যেটা Family Voice-এর খসড়া নয়। সেটা যেমন ছিল তেমনই রাখা হয়েছে, আর আপনার অন্য খসড়াগুলো ঠিক আছে।

# Start screen, in the list of drafts, beside a draft saved by a newer version of the app.
error-vault-newer-version = এই খসড়াটি Family Voice-এর একটি নতুন সংস্করণে সেভ করা হয়েছে। এটি খুলতে অনুগ্রহ করে অ্যাপটি আপডেট করুন। খসড়াটিতে কোনো পরিবর্তন করা হয়নি।

# Start screen, in the list of drafts, beside a draft that has been damaged.
error-vault-damaged = এই খসড়াটি নষ্ট হয়ে গেছে, তাই খোলা যাচ্ছে না। আপনার অন্য খসড়াগুলো ঠিক আছে।

# Start screen, in the list, or while saving: a draft far larger than anyone writes.
error-vault-too-large = এই খসড়াটি এত বড় যে অ্যাপটি এটি খুলতে বা সেভ করতে পারছে না। আপনার অন্য খসড়াগুলো ঠিক আছে।

# Quiet status beside "Saved" while writing, when the computer's disk is full.
error-vault-disk-full = কম্পিউটারের ডিস্ক ভরে গেছে, তাই আপনার শেষ পরিবর্তনগুলো সেভ করা যায়নি। আগে যা সেভ করেছিলেন, তা নিরাপদ আছে। অনুগ্রহ করে কিছু জায়গা খালি করুন, অ্যাপটি নিজেই আবার চেষ্টা করবে।

# Quiet status beside "Saved" while writing, or the start screen, when the drafts folder
# cannot be written to.
error-vault-read-only = খসড়ার ফোল্ডারে লেখার অনুমতি অ্যাপটির নেই, তাই আপনার শেষ পরিবর্তনগুলো সেভ করা যায়নি। আগে যা সেভ করেছিলেন, তা নিরাপদ আছে।

# Quiet status beside "Saved" while writing, or the start screen, for any other problem with
# the computer's storage.
error-vault-storage-failed = আপনার খসড়াগুলো সেভ করতে বা খুলতে গিয়ে একটা সমস্যা হয়েছে। আগে যা সেভ করেছিলেন, তা নিরাপদ আছে। অনুগ্রহ করে একটু পরে আবার চেষ্টা করুন।

# Start screen, when the computer cannot make a secure key for new drafts (very rare).
error-vault-random-unavailable = এই কম্পিউটার আপনার খসড়াগুলোর জন্য একটি নিরাপদ চাবি তৈরি করতে পারেনি, তাই কিছুই সেভ হয়নি। অনুগ্রহ করে কম্পিউটারটি বন্ধ করে আবার চালু করুন, তারপর আবার চেষ্টা করুন।

# Start screen, in the list of files that could not be opened, beside something in the drafts
# folder that has a draft's name but is not a file (for example a folder).
error-vault-not-a-file = এটা কোনো খসড়ার ফাইল নয় (এটা হয়তো একটি ফোল্ডার বা শর্টকাট), তাই অ্যাপটি এটা খোলেনি। এটা যেমন ছিল তেমনই রাখা হয়েছে, আর আপনার অন্য খসড়াগুলো ঠিক আছে।

# Start screen, when Family Voice is already open in another window on this computer.
error-vault-in-use = Family Voice এই কম্পিউটারে আগে থেকেই খোলা আছে। অনুগ্রহ করে যে উইন্ডোটি খোলা আছে, সেটাই ব্যবহার করুন। একবারে শুধু একটি উইন্ডোই আপনার খসড়াগুলো খুলতে পারে, যাতে কিছুই দুবার সেভ না হয়।

# Start screen, after "Start again", if the drafts could in fact be opened after all (for
# example the password store answered this time). The drafts are then simply shown.
error-vault-drafts-still-open = আপনার খসড়াগুলো শেষ পর্যন্ত খোলা যাচ্ছে, তাই কিছুই আলাদা করে সরিয়ে রাখা হয়নি।

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = আমার মতামত, শুরু { $date }
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = শেষবার সেভ করা হয়েছে: { $date }, { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = এই কম্পিউটারের পাসওয়ার্ড ভান্ডার লক করা আছে বা সাড়া দেয়নি, তাই আপনার খসড়াগুলো এখনো লক করা আছে। আপনার লেখা কিছুই হারায়নি। পাসওয়ার্ড ভান্ডারটি আনলক করুন (অনেক কম্পিউটারে সাইন আউট করে আবার সাইন ইন করলেই এটা হয়ে যায়), তারপর "আবার চেষ্টা করুন" বেছে নিন।

# Start screen, above the list, after "Start again": where the drafts that could not be opened
# were put. $folder: the folder's place on the computer, e.g. "/home/sam/.local/share/…".
drafts-set-aside-notice = আপনার পুরোনো খসড়াগুলো মুছে ফেলা হয়নি, আলাদা করে সরিয়ে রাখা হয়েছে। সেগুলো এই ফোল্ডারে আছে: { $folder }। পরে যদি আপনার পাসফ্রেজ মনে পড়ে, বা কম্পিউটারের পাসওয়ার্ড ভান্ডার আবার কাজ করে, তাহলে কম্পিউটারের কাজে যিনি আপনাকে সাহায্য করেন, তিনি সেগুলো আগের জায়গায় ফিরিয়ে দিতে পারবেন, যাতে সেগুলো খোলে।
# Start screen, in the list of files that could not be opened: which file it is, so one can be
# told from another. $name: the file's name; $kilobytes: its size; $date and $time: when it last
# changed, e.g. "Sunday 22 November 2026" and "2:05pm".
drafts-unreadable-file = { $name }, { $kilobytes } KB, শেষবার বদলানো হয়েছে: { $date }, { $time }
# The same, when the computer does not say when the file changed.
drafts-unreadable-file-undated = { $name }, { $kilobytes } KB

# The name of a new draft for the review conference, made from an earlier one; $label is the earlier draft's name.
drafts-review-label = { $label } (রিভিউ কনফারেন্স)

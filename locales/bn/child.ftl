# The child's own journey. Readers: children and young people, with an advocate or another
# trusted adult beside them. Three age bands: "young" (about 5–7: very few, very simple words,
# one thing per screen), "middle" (8–11) and "older" (12 and over: a young person's wording,
# never childish). Be warm and calm. Never suggest the child has done anything wrong.

## Starting

# Button on the start screen that begins a child's own draft.
child-start-button = শিশুর নিজের মতামত লেখা শুরু করুন
# The name a child's draft gets when no name is given. $date: today, e.g. "Sunday 22 November 2026".
child-default-label = আমার মতামত, শুরু { $date }
child-who-title = শুরু করার আগে
child-name-label = তোমার নাম কী?
child-age-label = তোমার বয়স কত?
child-helper-label = আজ কেউ কি তোমাকে সাহায্য করছে?
child-helper-nobody = না, আমি একা
child-helper-advocate = হ্যাঁ, একজন অ্যাডভোকেট
child-helper-social-worker = হ্যাঁ, একজন সোশ্যাল ওয়ার্কার
child-helper-family = হ্যাঁ, আমার পরিবারের কেউ
child-helper-friend = হ্যাঁ, একজন বন্ধু
child-helper-interpreter = হ্যাঁ, একজন দোভাষী
child-helper-name-label = তাঁর নাম কী?
# Above three buttons that choose how the questions are worded. The age sets it; it can be changed.
child-band-label = কোন কথাগুলো তোমার জন্য সবচেয়ে ভালো?
child-band-young = 5 থেকে 7 বছর বয়সের জন্য
child-band-middle = 8 থেকে 11 বছর বয়সের জন্য
child-band-older = 12 বছর বা তার বেশি বয়সের জন্য
# The big, kind button on every screen of the child's journey. It saves and goes back to the start.
child-stop = আমি এখন থামতে চাই
child-next = পরের পাতা
child-back = আগের পাতা

## What the meeting is about (one screen per paragraph for "young"; one screen for the others)

child-explain-title = সভার কথা
child-explain-1-young = কয়েকজন বড় মানুষ তোমাকে নিয়ে একটা সভা করছেন।
child-explain-2-young = সভাটা হচ্ছে যেন তুমি নিরাপদ আর খুশি থাকো।
child-explain-3-young = তোমাকে তোমার পরিবার থেকে নিয়ে যাওয়ার জন্য এই সভা নয়।
child-explain-4-young = তোমার পরিবার সেখানে থাকবে। তোমার টিচার আর সোশ্যাল ওয়ার্কারের মতো মানুষেরাও থাকবেন।
child-explain-5-young = তুমি যেতে পারো। অথবা অন্য কেউ তাঁদের তোমার মনের কথা বলে দিতে পারে। অথবা তুমি কিছু না-ও বলতে পারো। সবগুলোই ঠিক আছে।
child-explain-1-middle = তোমার পরিবারকে চেনেন এমন কয়েকজন বড় মানুষ একটা সভা করছেন। এর নাম শিশু সুরক্ষা কনফারেন্স।
child-explain-2-middle = সভাটা হলো তোমাকে নিরাপদ আর ভালো রাখার জন্য। তোমাকে তোমার পরিবার থেকে নিয়ে যাওয়ার জন্য নয়।
child-explain-3-middle = তোমার মা-বাবা বা যাঁরা তোমার দেখাশোনা করেন তাঁরা থাকবেন, আর থাকবেন তোমার সোশ্যাল ওয়ার্কার, টিচার আর স্কুল নার্সের মতো মানুষেরা। সভাপতি নামে একজন সভাটা চালান, আর খেয়াল রাখেন যেন সবার কথা শোনা হয়।
child-explain-4-middle = তুমি পুরো সভায় থাকতে পারো, বা কিছু সময় থাকতে পারো। একজন অ্যাডভোকেট তোমার হয়ে কথা বলতে পারেন। তুমি তোমার মতামত পাঠাতে পারো, যেমন একটা ছবি বা এই পাতাটা। অথবা তুমি কিছুই না বলতে পারো। যেটাই বেছে নাও, ঠিক আছে।
child-explain-5-middle = এখানে তুমি যা লেখো, তা তোমার নিজের। সভায় কী দেখানো হবে, তা তুমিই ঠিক করবে।
child-explain-1-older = যাঁরা তোমার পরিবারের সাথে কাজ করেন, তাঁরা বাড়িতে সবকিছু কেমন চলছে তা নিয়ে কথা বলতে একটা সভায় বসছেন। এর নাম শিশু সুরক্ষা কনফারেন্স।
child-explain-2-older = এর কাজ হলো ঠিক করা, তোমার জন্য একটা শিশু সুরক্ষা পরিকল্পনা দরকার কি না: একটা লিখিত পরিকল্পনা, যাতে থাকে তোমাকে নিরাপদ রাখতে কী সাহায্য করবে আর কে কী করবে। এটা তোমাকে তোমার পরিবার থেকে নিয়ে যাওয়ার জন্য নয়, আর এটা কোনো আদালতও নয়।
child-explain-3-older = তোমার মা-বাবা বা যাঁরা তোমার দেখাশোনা করেন তাঁরা থাকবেন, সাথে থাকবেন পেশাদাররা, যেমন তোমার সোশ্যাল ওয়ার্কার, স্কুল, স্বাস্থ্যকর্মীরা, আর কখনো কখনো পুলিশ। সভাপতি নামে একজন স্বাধীন ব্যক্তি সভাটা চালান।
child-explain-4-older = তুমি পুরো সভায় বা এর কিছু অংশে থাকতে পারো, একজন অ্যাডভোকেটকে তোমার হয়ে কথা বলতে বলতে পারো, লিখে বা ছবি এঁকে তোমার মতামত পাঠাতে পারো, অথবা অংশ না নেওয়াও বেছে নিতে পারো। এর সবগুলোই ঠিক আছে, আর তুমি পরে মত বদলাতেও পারো।
child-explain-5-older = এখানে তুমি যা লেখো সবই গোপন থাকবে, যদি না তুমি নিজে তা জানাতে চাও।

## The three houses

# The three houses' usual names. A child can rename each one.
child-house-good = ভালো জিনিসের ঘর
child-house-worries = দুশ্চিন্তার ঘর
child-house-wishes = ইচ্ছা আর স্বপ্নের ঘর
child-house-rename-label = তুমি চাইলে এই ঘরটার অন্য নাম দিতে পারো
child-house-symbol-label = এই ঘরের জন্য একটা ছবি বেছে নাও
child-symbol-sun = সূর্য
child-symbol-star = তারা
child-symbol-heart = হৃদয়
child-symbol-cloud = মেঘ
child-symbol-rainbow = রংধনু
child-symbol-tree = গাছ
child-house-good-prompt-young = কী তোমাকে খুশি করে?
child-house-good-prompt-middle = তোমার জীবনে ভালো জিনিসগুলো কী কী? কে আর কী তোমাকে খুশি করে?
child-house-good-prompt-older = বাড়িতে, স্কুলে বা অন্য কোথাও তোমার জন্য কী ভালো চলছে?
child-house-worries-prompt-young = কোনো কিছু কি তোমার মন খারাপ করছে, বা তোমাকে ভয় দেখাচ্ছে?
child-house-worries-prompt-middle = কোনো কিছু কি তোমাকে চিন্তায় ফেলছে, বা তোমার মন খারাপ করছে, ভয় দেখাচ্ছে বা রাগিয়ে দিচ্ছে?
child-house-worries-prompt-older = কী নিয়ে তোমার দুশ্চিন্তা হয়, বা তুমি কী অন্যরকম হলে ভালো হতো বলে মনে করো?
child-house-wishes-prompt-young = তোমার কাছে যদি একটা জাদুর কাঠি থাকত, তুমি কী চাইতে?
child-house-wishes-prompt-middle = তোমার ইচ্ছা আর স্বপ্নগুলো কী? কী হলে সবকিছু আরও ভালো হবে?
child-house-wishes-prompt-older = এখন আর ভবিষ্যতে তুমি কী হোক বলে চাও?
child-write-label = চাইলে এখানে লেখো
child-draw-label = চাইলে এখানে ছবি আঁকো
child-draw-hint = মাউস, তোমার আঙুল বা একটা কলম দিয়ে আঁকো।
child-draw-colour = রং
child-colour-black = কালো
child-colour-red = লাল
child-colour-blue = নীল
child-colour-green = সবুজ
child-colour-yellow = হলুদ
child-draw-eraser = রাবার
child-draw-undo = আগের মতো করো
child-draw-clear = ছবিটা আবার নতুন করে শুরু করো
child-draw-stamps-label = অথবা তোমার আঁকায় একটা ছবি বসাও
child-stamp-sun = সূর্য
child-stamp-heart = হৃদয়
child-stamp-house = বাড়ি
child-stamp-person = মানুষ
child-draw-keys-hint = একটা ছবি বেছে নাও, তারপর যেখানে বসাতে চাও সেখানে ক্লিক করো বা ছোঁও। মাউস নেই? আঁকার জায়গায় যেতে Tab চাপো, তীর চিহ্নের বোতাম দিয়ে সরাও, তারপর Enter বা Space চাপো।
child-draw-canvas = তোমার আঁকা

## More about you

child-people-title = আমার কাছে যাঁরা গুরুত্বপূর্ণ
child-people-prompt-young = কে তোমার খুব প্রিয়?
child-people-prompt-middle = তোমার জীবনে গুরুত্বপূর্ণ মানুষ কারা?
child-people-prompt-older = তোমার কাছে কারা গুরুত্বপূর্ণ, আর সাহায্য দরকার হলে তুমি কার কাছে যাও?
child-know-title = আমি সভাকে যা জানাতে চাই
child-know-prompt-young = তুমি বড়দের কী জানাতে চাও?
child-know-prompt-middle = তুমি সভার মানুষদের কী জানাতে চাও?
child-know-prompt-older = সভার মানুষেরা সবচেয়ে বেশি কোন কথাটা শুনুক বলে তুমি চাও?
child-happen-title = আমি যা হোক বলে চাই
child-happen-prompt-young = কী হলে তোমার জন্য সবকিছু আরও ভালো হবে?
child-happen-prompt-middle = সভার পরে তুমি কী হোক বলে চাও?
child-happen-prompt-older = তুমি চাও সভা কী সিদ্ধান্ত নিক, বা মানুষেরা কী করুক?
child-part-title = সভা আর আমি
child-part-question = তুমি কি সভায় যেতে চাও?
child-part-all = হ্যাঁ, পুরো সময়
child-part-some = হ্যাঁ, কিছু সময়ের জন্য
child-part-advocate = না, তবে আমি চাই একজন অ্যাডভোকেট আমার হয়ে কথা বলুন
child-part-views = না, তবে আমি চাই তাঁরা আমার মতামত দেখুন
child-part-none = না, আর আমি কিছু বলতে চাই না। সেটাও ঠিক আছে।
child-part-unsure = আমি এখনো ঠিক জানি না
child-part-words-label = সভা নিয়ে আর কিছু বলতে চাও?

## Choosing what to share

child-share-title = সভা কী দেখতে পারবে?
child-share-intro = তুমিই ঠিক করবে। যেটাতে তুমি "না" বলবে, সেটা গোপন থাকবে। সভার কেউ তা দেখবে না।
child-share-yes = হ্যাঁ, তাঁরা এটা দেখতে পারেন
child-share-no = না, এটা গোপন রাখো
child-share-drawing = তোমার আঁকা ছবি
child-share-nothing = তুমি এখনো কিছু লেখোনি বা আঁকোনি। তাতে কোনো অসুবিধা নেই।
child-make-pdf = আমার পাতা তৈরি করো
child-pdf-made = তোমার পাতা তৈরি। এতে শুধু সেই জিনিসগুলোই আছে, যেগুলো তুমি দেখাতে বেছে নিয়েছ।

## The child's PDF ("My views for my meeting")

child-pdf-title = আমার সভার জন্য আমার মতামত
child-pdf-name = আমার নাম
child-pdf-age = আমার বয়স
child-pdf-date = তৈরির তারিখ
child-pdf-helped = কে আমাকে সাহায্য করেছেন
# $role is one of the helper words above, without "Yes, "; $name is the helper's name.
child-pdf-helper-with-name = { $role }: { $name }
child-pdf-helper-advocate = একজন অ্যাডভোকেট
child-pdf-helper-social-worker = একজন সোশ্যাল ওয়ার্কার
child-pdf-helper-family = আমার পরিবারের কেউ
child-pdf-helper-friend = একজন বন্ধু
child-pdf-helper-interpreter = একজন দোভাষী
child-pdf-helper-nobody = কেউ না, আমি নিজেই করেছি
child-pdf-taking-part = আমি কীভাবে অংশ নিতে চাই
child-pdf-nothing-shared = এবার আমি আমার মতামত গোপন রাখতে চেয়েছি।

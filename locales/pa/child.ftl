# The child's own journey. Readers: children and young people, with an advocate or another
# trusted adult beside them. Three age bands: "young" (about 5–7: very few, very simple words,
# one thing per screen), "middle" (8–11) and "older" (12 and over: a young person's wording,
# never childish). Be warm and calm. Never suggest the child has done anything wrong.

## Starting

# Button on the start screen that begins a child's own draft.
child-start-button = ਬੱਚੇ ਦੇ ਆਪਣੇ ਵਿਚਾਰ ਲਿਖਣਾ ਸ਼ੁਰੂ ਕਰੋ
# The name a child's draft gets when no name is given. $date: today, e.g. "Sunday 22 November 2026".
child-default-label = ਮੇਰੇ ਵਿਚਾਰ, { $date } ਨੂੰ ਸ਼ੁਰੂ ਕੀਤੇ
child-who-title = ਸ਼ੁਰੂ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ
child-name-label = ਤੇਰਾ ਪਹਿਲਾ ਨਾਮ ਕੀ ਹੈ?
child-age-label = ਤੇਰੀ ਉਮਰ ਕਿੰਨੀ ਹੈ?
child-helper-label = ਕੀ ਅੱਜ ਕੋਈ ਤੇਰੀ ਮਦਦ ਕਰ ਰਿਹਾ ਹੈ?
child-helper-nobody = ਨਹੀਂ, ਮੇਰੇ ਨਾਲ ਕੋਈ ਨਹੀਂ ਹੈ
child-helper-advocate = ਹਾਂ, ਕੋਈ ਹਿਮਾਇਤੀ
child-helper-social-worker = ਹਾਂ, ਕੋਈ ਸੋਸ਼ਲ ਵਰਕਰ
child-helper-family = ਹਾਂ, ਮੇਰੇ ਪਰਿਵਾਰ ਦਾ ਕੋਈ ਜੀਅ
child-helper-friend = ਹਾਂ, ਕੋਈ ਦੋਸਤ
child-helper-interpreter = ਹਾਂ, ਕੋਈ ਦੁਭਾਸ਼ੀਆ
child-helper-name-label = ਉਹਨਾਂ ਦਾ ਨਾਮ ਕੀ ਹੈ?
# Above three buttons that choose how the questions are worded. The age sets it; it can be changed.
child-band-label = ਤੇਰੇ ਲਈ ਕਿਹੜੇ ਸ਼ਬਦ ਸਭ ਤੋਂ ਠੀਕ ਹਨ?
child-band-young = 5 ਤੋਂ 7 ਸਾਲ ਦੀ ਉਮਰ ਲਈ
child-band-middle = 8 ਤੋਂ 11 ਸਾਲ ਦੀ ਉਮਰ ਲਈ
child-band-older = 12 ਸਾਲ ਅਤੇ ਉਸ ਤੋਂ ਵੱਡੀ ਉਮਰ ਲਈ
# The big, kind button on every screen of the child's journey. It saves and goes back to the start.
child-stop = ਮੈਂ ਹੁਣ ਰੁਕਣਾ ਹੈ
child-next = ਅੱਗੇ
child-back = ਪਿੱਛੇ

## What the meeting is about (one screen per paragraph for "young"; one screen for the others)

child-explain-title = ਮੀਟਿੰਗ ਬਾਰੇ
child-explain-1-young = ਕੁਝ ਵੱਡੇ ਲੋਕ ਤੇਰੇ ਬਾਰੇ ਇੱਕ ਮੀਟਿੰਗ ਕਰ ਰਹੇ ਹਨ।
child-explain-2-young = ਇਹ ਮੀਟਿੰਗ ਤੇਰੀ ਮਦਦ ਲਈ ਹੈ, ਤਾਂ ਜੋ ਤੂੰ ਸੁਰੱਖਿਅਤ ਅਤੇ ਖ਼ੁਸ਼ ਰਹੇਂ।
child-explain-3-young = ਇਹ ਤੈਨੂੰ ਤੇਰੇ ਪਰਿਵਾਰ ਤੋਂ ਦੂਰ ਲਿਜਾਣ ਬਾਰੇ ਨਹੀਂ ਹੈ।
child-explain-4-young = ਤੇਰਾ ਪਰਿਵਾਰ ਉੱਥੇ ਹੋਵੇਗਾ, ਅਤੇ ਤੇਰੇ ਟੀਚਰ ਅਤੇ ਸੋਸ਼ਲ ਵਰਕਰ ਵਰਗੇ ਲੋਕ ਵੀ।
child-explain-5-young = ਤੂੰ ਚਾਹੇਂ ਤਾਂ ਮੀਟਿੰਗ ਵਿੱਚ ਜਾਈਂ। ਜਾਂ ਕੋਈ ਹੋਰ ਉਹਨਾਂ ਨੂੰ ਤੇਰੀ ਗੱਲ ਦੱਸ ਦੇਵੇ। ਜਾਂ ਤੂੰ ਕੁਝ ਵੀ ਨਾ ਕਹੇਂ। ਇਹ ਸਭ ਠੀਕ ਹੈ।
child-explain-1-middle = ਕੁਝ ਵੱਡੇ ਲੋਕ, ਜੋ ਤੇਰੇ ਪਰਿਵਾਰ ਨੂੰ ਜਾਣਦੇ ਹਨ, ਇੱਕ ਮੀਟਿੰਗ ਕਰ ਰਹੇ ਹਨ। ਇਸ ਨੂੰ ਬਾਲ ਸੁਰੱਖਿਆ ਕਾਨਫ਼ਰੰਸ ਕਹਿੰਦੇ ਹਨ।
child-explain-2-middle = ਮੀਟਿੰਗ ਇਸ ਬਾਰੇ ਹੈ ਕਿ ਤੈਨੂੰ ਸੁਰੱਖਿਅਤ ਅਤੇ ਠੀਕ-ਠਾਕ ਕਿਵੇਂ ਰੱਖਣਾ ਹੈ। ਇਹ ਤੈਨੂੰ ਤੇਰੇ ਪਰਿਵਾਰ ਤੋਂ ਦੂਰ ਲਿਜਾਣ ਬਾਰੇ ਨਹੀਂ ਹੈ।
child-explain-3-middle = ਤੇਰੇ ਮਾਪੇ ਜਾਂ ਤੇਰੀ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਉੱਥੇ ਹੋਣਗੇ, ਅਤੇ ਤੇਰੇ ਸੋਸ਼ਲ ਵਰਕਰ, ਟੀਚਰ ਅਤੇ ਸਕੂਲ ਨਰਸ ਵਰਗੇ ਲੋਕ ਵੀ। ਇੱਕ ਵਿਅਕਤੀ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਚੇਅਰ ਕਹਿੰਦੇ ਹਨ, ਮੀਟਿੰਗ ਚਲਾਉਂਦੇ ਹਨ ਅਤੇ ਧਿਆਨ ਰੱਖਦੇ ਹਨ ਕਿ ਹਰ ਕਿਸੇ ਦੀ ਗੱਲ ਸੁਣੀ ਜਾਵੇ।
child-explain-4-middle = ਤੂੰ ਚਾਹੇਂ ਤਾਂ ਸਾਰੀ ਮੀਟਿੰਗ ਵਿੱਚ ਜਾਈਂ, ਜਾਂ ਉਸ ਦੇ ਕੁਝ ਹਿੱਸੇ ਵਿੱਚ। ਕੋਈ ਹਿਮਾਇਤੀ ਤੇਰੇ ਵੱਲੋਂ ਗੱਲ ਕਰ ਸਕਦਾ ਹੈ। ਤੇਰੇ ਵਿਚਾਰ ਵੀ ਭੇਜੇ ਜਾ ਸਕਦੇ ਹਨ, ਜਿਵੇਂ ਕੋਈ ਡਰਾਇੰਗ ਜਾਂ ਇਹ ਪੰਨਾ। ਜਾਂ ਤੂੰ ਬਿਲਕੁਲ ਕੁਝ ਨਾ ਕਹੇਂ। ਹਰ ਚੋਣ ਠੀਕ ਹੈ।
child-explain-5-middle = ਜੋ ਕੁਝ ਤੂੰ ਇੱਥੇ ਲਿਖੇਂ, ਉਹ ਤੇਰਾ ਹੈ। ਮੀਟਿੰਗ ਵਿੱਚ ਕੀ ਦਿਖਾਇਆ ਜਾਵੇ, ਇਹ ਤੇਰੀ ਮਰਜ਼ੀ ਹੈ।
child-explain-1-older = ਤੇਰੇ ਪਰਿਵਾਰ ਨਾਲ ਕੰਮ ਕਰਨ ਵਾਲੇ ਲੋਕ ਮਿਲ ਕੇ ਗੱਲ ਕਰ ਰਹੇ ਹਨ ਕਿ ਘਰ ਵਿੱਚ ਹਾਲਾਤ ਕਿਵੇਂ ਹਨ। ਇਸ ਨੂੰ ਬਾਲ ਸੁਰੱਖਿਆ ਕਾਨਫ਼ਰੰਸ ਕਹਿੰਦੇ ਹਨ।
child-explain-2-older = ਇਸ ਦਾ ਕੰਮ ਇਹ ਫ਼ੈਸਲਾ ਕਰਨਾ ਹੈ ਕਿ ਕੀ ਤੈਨੂੰ ਬਾਲ ਸੁਰੱਖਿਆ ਯੋਜਨਾ ਦੀ ਲੋੜ ਹੈ: ਇੱਕ ਲਿਖਤੀ ਯੋਜਨਾ, ਕਿ ਤੈਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਵਿੱਚ ਕਿਹੜੀ ਗੱਲ ਮਦਦ ਕਰੇਗੀ, ਅਤੇ ਕੌਣ ਕੀ ਕਰੇਗਾ। ਇਹ ਤੈਨੂੰ ਤੇਰੇ ਪਰਿਵਾਰ ਤੋਂ ਦੂਰ ਲਿਜਾਣ ਬਾਰੇ ਨਹੀਂ ਹੈ, ਅਤੇ ਇਹ ਕੋਈ ਅਦਾਲਤ ਨਹੀਂ ਹੈ।
child-explain-3-older = ਤੇਰੇ ਮਾਪੇ ਜਾਂ ਤੇਰੀ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਉੱਥੇ ਹੋਣਗੇ, ਨਾਲ ਪੇਸ਼ੇਵਰ ਲੋਕ ਵੀ, ਜਿਵੇਂ ਤੇਰੇ ਸੋਸ਼ਲ ਵਰਕਰ, ਸਕੂਲ, ਸਿਹਤ ਕਰਮਚਾਰੀ, ਅਤੇ ਕਦੇ-ਕਦੇ ਪੁਲਿਸ। ਇੱਕ ਸੁਤੰਤਰ ਵਿਅਕਤੀ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਚੇਅਰ ਕਹਿੰਦੇ ਹਨ, ਮੀਟਿੰਗ ਚਲਾਉਂਦੇ ਹਨ।
child-explain-4-older = ਤੇਰੇ ਕੋਲ ਕਈ ਰਾਹ ਹਨ: ਸਾਰੀ ਮੀਟਿੰਗ ਵਿੱਚ ਜਾਂ ਉਸ ਦੇ ਕੁਝ ਹਿੱਸੇ ਵਿੱਚ ਜਾਣਾ, ਕਿਸੇ ਹਿਮਾਇਤੀ ਨੂੰ ਆਪਣੇ ਵੱਲੋਂ ਗੱਲ ਕਰਨ ਲਈ ਕਹਿਣਾ, ਆਪਣੇ ਵਿਚਾਰ ਲਿਖ ਕੇ ਜਾਂ ਡਰਾਇੰਗ ਬਣਾ ਕੇ ਭੇਜਣਾ, ਜਾਂ ਹਿੱਸਾ ਨਾ ਲੈਣਾ। ਇਹ ਸਾਰੇ ਰਾਹ ਠੀਕ ਹਨ, ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਆਪਣਾ ਮਨ ਬਦਲਣਾ ਵੀ ਠੀਕ ਹੈ।
child-explain-5-older = ਜੋ ਕੁਝ ਤੂੰ ਇੱਥੇ ਲਿਖੇਂ, ਉਹ ਨਿੱਜੀ ਰਹਿੰਦਾ ਹੈ, ਜਦੋਂ ਤੱਕ ਤੂੰ ਆਪ ਉਸ ਨੂੰ ਸਾਂਝਾ ਕਰਨਾ ਨਾ ਚੁਣੇਂ।

## The three houses

# The three houses' usual names. A child can rename each one.
child-house-good = ਚੰਗੀਆਂ ਗੱਲਾਂ ਦਾ ਘਰ
child-house-worries = ਫ਼ਿਕਰਾਂ ਦਾ ਘਰ
child-house-wishes = ਇੱਛਾਵਾਂ ਅਤੇ ਸੁਪਨਿਆਂ ਦਾ ਘਰ
child-house-rename-label = ਚਾਹੇਂ ਤਾਂ ਇਸ ਘਰ ਨੂੰ ਕੋਈ ਹੋਰ ਨਾਮ ਦੇ ਦੇ
child-house-symbol-label = ਇਸ ਘਰ ਲਈ ਇੱਕ ਤਸਵੀਰ ਚੁਣ
child-symbol-sun = ਸੂਰਜ
child-symbol-star = ਤਾਰਾ
child-symbol-heart = ਦਿਲ
child-symbol-cloud = ਬੱਦਲ
child-symbol-rainbow = ਸਤਰੰਗੀ ਪੀਂਘ
child-symbol-tree = ਰੁੱਖ
child-house-good-prompt-young = ਤੈਨੂੰ ਕਿਸ ਗੱਲ ਤੋਂ ਖ਼ੁਸ਼ੀ ਹੁੰਦੀ ਹੈ?
child-house-good-prompt-middle = ਤੇਰੀ ਜ਼ਿੰਦਗੀ ਵਿੱਚ ਚੰਗੀਆਂ ਗੱਲਾਂ ਕਿਹੜੀਆਂ ਹਨ? ਕੌਣ ਅਤੇ ਕੀ ਤੈਨੂੰ ਖ਼ੁਸ਼ ਕਰਦਾ ਹੈ?
child-house-good-prompt-older = ਘਰ ਵਿੱਚ, ਸਕੂਲ ਵਿੱਚ ਜਾਂ ਕਿਤੇ ਹੋਰ, ਤੇਰੇ ਲਈ ਕੀ ਚੰਗਾ ਚੱਲ ਰਿਹਾ ਹੈ?
child-house-worries-prompt-young = ਕੀ ਕੋਈ ਗੱਲ ਤੈਨੂੰ ਉਦਾਸ ਕਰਦੀ ਹੈ ਜਾਂ ਡਰਾਉਂਦੀ ਹੈ?
child-house-worries-prompt-middle = ਕੀ ਤੈਨੂੰ ਕਿਸੇ ਗੱਲ ਦਾ ਫ਼ਿਕਰ ਹੈ? ਜਾਂ ਕੋਈ ਗੱਲ ਤੈਨੂੰ ਉਦਾਸ ਕਰਦੀ ਹੈ, ਡਰਾਉਂਦੀ ਹੈ ਜਾਂ ਗੁੱਸਾ ਚੜ੍ਹਾਉਂਦੀ ਹੈ?
child-house-worries-prompt-older = ਤੈਨੂੰ ਕਿਸ ਗੱਲ ਦਾ ਫ਼ਿਕਰ ਹੈ, ਜਾਂ ਤੇਰੇ ਹਿਸਾਬ ਨਾਲ ਕੀ ਵੱਖਰਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ?
child-house-wishes-prompt-young = ਜੇ ਤੇਰੇ ਕੋਲ ਜਾਦੂ ਦੀ ਛੜੀ ਹੋਵੇ, ਤਾਂ ਤੂੰ ਕੀ ਮੰਗੇਂ?
child-house-wishes-prompt-middle = ਤੇਰੀਆਂ ਇੱਛਾਵਾਂ ਅਤੇ ਸੁਪਨੇ ਕੀ ਹਨ? ਕੀ ਹੋਵੇ ਤਾਂ ਹਾਲਾਤ ਬਿਹਤਰ ਹੋ ਜਾਣ?
child-house-wishes-prompt-older = ਹੁਣ ਅਤੇ ਭਵਿੱਖ ਵਿੱਚ, ਤੇਰੀ ਕੀ ਇੱਛਾ ਹੈ ਕਿ ਕੀ ਹੋਵੇ?
child-write-label = ਜੇ ਦਿਲ ਕਰੇ, ਤਾਂ ਇੱਥੇ ਲਿਖ
child-draw-label = ਜੇ ਦਿਲ ਕਰੇ, ਤਾਂ ਇੱਥੇ ਡਰਾਇੰਗ ਬਣਾ
child-draw-hint = ਮਾਊਸ, ਆਪਣੀ ਉਂਗਲ ਜਾਂ ਪੈੱਨ ਵਰਤ।
child-draw-colour = ਰੰਗ
child-colour-black = ਕਾਲਾ
child-colour-red = ਲਾਲ
child-colour-blue = ਨੀਲਾ
child-colour-green = ਹਰਾ
child-colour-yellow = ਪੀਲਾ
child-draw-eraser = ਰਬੜ
child-draw-undo = ਇੱਕ ਕਦਮ ਪਿੱਛੇ
child-draw-clear = ਡਰਾਇੰਗ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰ
child-draw-stamps-label = ਜਾਂ ਆਪਣੀ ਡਰਾਇੰਗ ਉੱਤੇ ਇੱਕ ਤਸਵੀਰ ਲਾ
child-stamp-sun = ਸੂਰਜ
child-stamp-heart = ਦਿਲ
child-stamp-house = ਘਰ
child-stamp-person = ਬੰਦਾ
child-draw-keys-hint = ਇੱਕ ਤਸਵੀਰ ਚੁਣ, ਫਿਰ ਜਿੱਥੇ ਲਾਉਣੀ ਹੈ ਉੱਥੇ ਕਲਿੱਕ ਕਰ ਜਾਂ ਛੂਹ। ਮਾਊਸ ਨਹੀਂ ਹੈ? ਡਰਾਇੰਗ ਤੱਕ ਜਾਣ ਲਈ Tab ਦਬਾ, ਤੀਰ ਵਾਲੀਆਂ ਕੁੰਜੀਆਂ ਨਾਲ ਹਿਲਾ, ਫਿਰ Enter ਜਾਂ Space ਦਬਾ।
child-draw-canvas = ਤੇਰੀ ਡਰਾਇੰਗ

## More about you

child-people-title = ਮੇਰੇ ਲਈ ਖ਼ਾਸ ਲੋਕ
child-people-prompt-young = ਤੇਰੇ ਲਈ ਕੌਣ ਖ਼ਾਸ ਹੈ?
child-people-prompt-middle = ਤੇਰੀ ਜ਼ਿੰਦਗੀ ਵਿੱਚ ਕਿਹੜੇ ਲੋਕ ਅਹਿਮ ਹਨ?
child-people-prompt-older = ਤੇਰੇ ਲਈ ਕੌਣ ਅਹਿਮ ਹੈ, ਅਤੇ ਜਦੋਂ ਤੈਨੂੰ ਮਦਦ ਦੀ ਲੋੜ ਹੋਵੇ, ਤਾਂ ਤੈਨੂੰ ਕਿਸ ਕੋਲ ਜਾਣਾ ਚੰਗਾ ਲੱਗਦਾ ਹੈ?
child-know-title = ਜੋ ਮੈਂ ਮੀਟਿੰਗ ਨੂੰ ਦੱਸਣਾ ਹੈ
child-know-prompt-young = ਤੂੰ ਵੱਡਿਆਂ ਨੂੰ ਕੀ ਦੱਸਣਾ ਹੈ?
child-know-prompt-middle = ਤੂੰ ਮੀਟਿੰਗ ਵਿੱਚ ਆਏ ਲੋਕਾਂ ਨੂੰ ਕੀ ਦੱਸਣਾ ਹੈ?
child-know-prompt-older = ਤੇਰੇ ਲਈ ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਕੀ ਹੈ, ਜੋ ਮੀਟਿੰਗ ਵਿੱਚ ਆਏ ਲੋਕ ਜ਼ਰੂਰ ਸੁਣਨ?
child-happen-title = ਮੇਰੀ ਇੱਛਾ ਕਿ ਕੀ ਹੋਵੇ
child-happen-prompt-young = ਕਿਸ ਗੱਲ ਨਾਲ ਤੇਰੇ ਲਈ ਸਭ ਕੁਝ ਵਧੀਆ ਹੋ ਜਾਵੇਗਾ?
child-happen-prompt-middle = ਮੀਟਿੰਗ ਤੋਂ ਬਾਅਦ ਕੀ ਹੋਵੇ, ਤੇਰਾ ਕੀ ਦਿਲ ਕਰਦਾ ਹੈ?
child-happen-prompt-older = ਤੇਰੀ ਕੀ ਇੱਛਾ ਹੈ: ਮੀਟਿੰਗ ਕੀ ਫ਼ੈਸਲਾ ਕਰੇ, ਜਾਂ ਲੋਕ ਕੀ ਕਰਨ?
child-part-title = ਮੀਟਿੰਗ ਅਤੇ ਮੈਂ
child-part-question = ਕੀ ਤੇਰਾ ਮੀਟਿੰਗ ਵਿੱਚ ਜਾਣ ਦਾ ਮਨ ਹੈ?
child-part-all = ਹਾਂ, ਸਾਰੀ ਮੀਟਿੰਗ ਵਿੱਚ
child-part-some = ਹਾਂ, ਮੀਟਿੰਗ ਦੇ ਕੁਝ ਹਿੱਸੇ ਵਿੱਚ
child-part-advocate = ਨਹੀਂ, ਪਰ ਕੋਈ ਹਿਮਾਇਤੀ ਮੇਰੇ ਵੱਲੋਂ ਗੱਲ ਕਰੇ
child-part-views = ਨਹੀਂ, ਪਰ ਉਹ ਮੇਰੇ ਵਿਚਾਰ ਦੇਖਣ
child-part-none = ਨਹੀਂ, ਅਤੇ ਮੈਂ ਕੁਝ ਨਹੀਂ ਕਹਿਣਾ। ਇਹ ਠੀਕ ਹੈ।
child-part-unsure = ਮੈਨੂੰ ਅਜੇ ਪੱਕਾ ਨਹੀਂ ਪਤਾ
child-part-words-label = ਮੀਟਿੰਗ ਬਾਰੇ ਕੋਈ ਹੋਰ ਗੱਲ?

## Choosing what to share

child-share-title = ਮੀਟਿੰਗ ਵਾਲੇ ਕੀ ਦੇਖ ਸਕਦੇ ਹਨ?
child-share-intro = ਇਹ ਤੂੰ ਚੁਣ। ਜਿਸ ਚੀਜ਼ ਨੂੰ ਤੂੰ "ਨਹੀਂ" ਕਹੇਂ, ਉਹ ਸਿਰਫ਼ ਤੇਰੇ ਕੋਲ ਰਹੇਗੀ। ਮੀਟਿੰਗ ਵਿੱਚ ਕੋਈ ਵੀ ਉਸ ਨੂੰ ਨਹੀਂ ਦੇਖੇਗਾ।
child-share-yes = ਹਾਂ, ਉਹ ਇਹ ਦੇਖ ਸਕਦੇ ਹਨ
child-share-no = ਨਹੀਂ, ਇਹ ਸਿਰਫ਼ ਮੇਰੇ ਕੋਲ ਰਹੇ
child-share-drawing = ਤੇਰੀ ਡਰਾਇੰਗ
child-share-nothing = ਤੂੰ ਅਜੇ ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ ਜਾਂ ਬਣਾਇਆ। ਇਹ ਵੀ ਠੀਕ ਹੈ।
child-make-pdf = ਮੇਰਾ ਪੰਨਾ ਬਣਾਓ
child-pdf-made = ਤੇਰਾ ਪੰਨਾ ਤਿਆਰ ਹੈ। ਇਸ ਵਿੱਚ ਸਿਰਫ਼ ਉਹੀ ਚੀਜ਼ਾਂ ਹਨ ਜੋ ਤੂੰ ਸਾਂਝੀਆਂ ਕਰਨ ਲਈ ਚੁਣੀਆਂ।

## The child's PDF ("My views for my meeting")

child-pdf-title = ਮੇਰੀ ਮੀਟਿੰਗ ਲਈ ਮੇਰੇ ਵਿਚਾਰ
child-pdf-name = ਮੇਰਾ ਨਾਮ
child-pdf-age = ਮੇਰੀ ਉਮਰ
child-pdf-date = ਬਣਾਉਣ ਦੀ ਤਾਰੀਖ਼
child-pdf-helped = ਕਿਸ ਨੇ ਮੇਰੀ ਮਦਦ ਕੀਤੀ
# $role is one of the helper words above, without "Yes, "; $name is the helper's name.
child-pdf-helper-with-name = { $role }: { $name }
child-pdf-helper-advocate = ਕੋਈ ਹਿਮਾਇਤੀ
child-pdf-helper-social-worker = ਕੋਈ ਸੋਸ਼ਲ ਵਰਕਰ
child-pdf-helper-family = ਮੇਰੇ ਪਰਿਵਾਰ ਦਾ ਕੋਈ ਜੀਅ
child-pdf-helper-friend = ਕੋਈ ਦੋਸਤ
child-pdf-helper-interpreter = ਕੋਈ ਦੁਭਾਸ਼ੀਆ
child-pdf-helper-nobody = ਕਿਸੇ ਨੇ ਨਹੀਂ, ਮੈਂ ਇਹ ਆਪ ਕੀਤਾ
child-pdf-taking-part = ਹਿੱਸਾ ਲੈਣ ਬਾਰੇ ਮੇਰੀ ਇੱਛਾ
child-pdf-nothing-shared = ਇਸ ਵਾਰ ਮੈਂ ਆਪਣੇ ਵਿਚਾਰ ਨਿੱਜੀ ਰੱਖਣ ਦਾ ਫ਼ੈਸਲਾ ਕੀਤਾ ਹੈ।

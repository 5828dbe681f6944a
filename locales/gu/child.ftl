# The child's own journey. Readers: children and young people, with an advocate or another
# trusted adult beside them. Three age bands: "young" (about 5–7: very few, very simple words,
# one thing per screen), "middle" (8–11) and "older" (12 and over: a young person's wording,
# never childish). Be warm and calm. Never suggest the child has done anything wrong.

## Starting

# Button on the start screen that begins a child's own draft.
child-start-button = બાળકના પોતાના વિચારો શરૂ કરો
# The name a child's draft gets when no name is given. $date: today, e.g. "Sunday 22 November 2026".
child-default-label = મારા વિચારો, { $date } ના રોજ શરૂ કર્યા
child-who-title = શરૂ કરીએ તે પહેલાં
child-name-label = તારું પહેલું નામ શું છે?
child-age-label = તારી ઉંમર કેટલી છે?
child-helper-label = આજે કોઈ તારી મદદ કરે છે?
child-helper-nobody = ના, મારી સાથે કોઈ નથી
child-helper-advocate = હા, હિમાયતી
child-helper-social-worker = હા, સોશિયલ વર્કર
child-helper-family = હા, મારા પરિવારમાંથી કોઈ
child-helper-friend = હા, કોઈ મિત્ર
child-helper-interpreter = હા, દુભાષિયા
child-helper-name-label = તેમનું નામ શું છે?
# Above three buttons that choose how the questions are worded. The age sets it; it can be changed.
child-band-label = તારા માટે કયા શબ્દો સૌથી સારા રહેશે?
child-band-young = 5 થી 7 વર્ષ માટે
child-band-middle = 8 થી 11 વર્ષ માટે
child-band-older = 12 વર્ષ અને તેથી મોટા માટે
# The big, kind button on every screen of the child's journey. It saves and goes back to the start.
child-stop = મારે હવે અટકવું છે
child-next = આગળ
child-back = પાછળ

## What the meeting is about (one screen per paragraph for "young"; one screen for the others)

child-explain-title = મીટિંગ વિશે
child-explain-1-young = કેટલાક મોટા લોકો તારા વિશે એક મીટિંગ કરવાના છે.
child-explain-2-young = આ મીટિંગ એટલા માટે છે કે તું સલામત અને ખુશ રહે.
child-explain-3-young = આ મીટિંગ તને તારા પરિવારથી દૂર લઈ જવા માટે નથી.
child-explain-4-young = તારો પરિવાર ત્યાં હશે. તારા ટીચર અને સોશિયલ વર્કર જેવા લોકો પણ હશે.
child-explain-5-young = તું ત્યાં જઈ શકે છે. અથવા કોઈ તેમને કહી શકે કે તું શું વિચારે છે. અથવા તું કંઈ ન કહે, એ પણ ચાલે. આ બધું બરાબર છે.
child-explain-1-middle = તારા પરિવારને ઓળખતા કેટલાક મોટા લોકો એક મીટિંગ કરવાના છે. તેને બાળ સુરક્ષા કોન્ફરન્સ કહેવાય છે.
child-explain-2-middle = આ મીટિંગ એ વિશે છે કે તું સુરક્ષિત અને સારી રીતે રહે. તે તને તારા પરિવારથી દૂર લઈ જવા વિશે નથી.
child-explain-3-middle = તારાં માતા-પિતા અથવા તારી સંભાળ રાખનારા ત્યાં હશે, અને તારા સોશિયલ વર્કર, ટીચર અને સ્કૂલ નર્સ જેવા લોકો પણ. અધ્યક્ષ (Chair) નામની એક વ્યક્તિ મીટિંગ ચલાવે છે અને ધ્યાન રાખે છે કે બધાની વાત સાંભળવામાં આવે.
child-explain-4-middle = તું આખી મીટિંગમાં જઈ શકે છે, અથવા તેના થોડા ભાગમાં. હિમાયતી (advocate) તારા વતી બોલી શકે છે. તું તારા વિચારો મોકલી શકે છે, જેમ કે કોઈ ચિત્ર કે આ પાનું. અથવા તું કંઈ જ ન કહે, એ પણ ચાલે. દરેક પસંદગી બરાબર છે.
child-explain-5-middle = તું અહીં જે લખે તે તારું છે. મીટિંગમાં શું બતાવવું તે તું નક્કી કરે છે.
child-explain-1-older = તારા પરિવાર સાથે કામ કરતા મોટા લોકો ઘરમાં બધું કેવું ચાલે છે તે વિશે વાત કરવા મળવાના છે. તેને બાળ સુરક્ષા કોન્ફરન્સ કહેવાય છે.
child-explain-2-older = તેનું કામ એ નક્કી કરવાનું છે કે તારા માટે બાળ સુરક્ષા યોજના (Child Protection Plan) ની જરૂર છે કે નહીં. એ એક લેખિત યોજના છે: તને સુરક્ષિત રાખવામાં શું મદદ કરશે, અને કોણ શું કરશે. આ મીટિંગ તને તારા પરિવારથી દૂર લઈ જવા વિશે નથી, અને તે કોર્ટ નથી.
child-explain-3-older = તારાં માતા-પિતા અથવા તારી સંભાળ રાખનારા ત્યાં હશે, સાથે તારા સોશિયલ વર્કર, શાળા, આરોગ્ય કર્મચારીઓ અને ક્યારેક પોલીસ જેવા પ્રોફેશનલ્સ પણ. અધ્યક્ષ (Chair) નામની એક સ્વતંત્ર વ્યક્તિ તે ચલાવે છે.
child-explain-4-older = તું આખી મીટિંગમાં અથવા તેના થોડા ભાગમાં જઈ શકે છે, હિમાયતી (advocate) ને તારા વતી બોલવાનું કહી શકે છે, તારા વિચારો લખીને કે ચિત્ર રૂપે મોકલી શકે છે, અથવા ભાગ ન લેવાનું પસંદ કરી શકે છે. આ બધું બરાબર છે, અને તું તારો વિચાર બદલી પણ શકે છે.
child-explain-5-older = તું અહીં જે કંઈ લખે તે ખાનગી રહે છે, સિવાય કે તું તે શેર કરવાનું પસંદ કરે.

## The three houses

# The three houses' usual names. A child can rename each one.
child-house-good = સારી વાતોનું ઘર
child-house-worries = ચિંતાઓનું ઘર
child-house-wishes = ઇચ્છાઓ અને સપનાંનું ઘર
child-house-rename-label = તું આ ઘરને બીજું નામ આપી શકે છે
child-house-symbol-label = આ ઘર માટે એક ચિત્ર પસંદ કર
child-symbol-sun = સૂરજ
child-symbol-star = તારો
child-symbol-heart = દિલ
child-symbol-cloud = વાદળ
child-symbol-rainbow = મેઘધનુષ
child-symbol-tree = ઝાડ
child-house-good-prompt-young = તને શેનાથી ખુશી થાય છે?
child-house-good-prompt-middle = તારા જીવનમાં સારી વાતો કઈ છે? કોણ અને શું તને ખુશ કરે છે?
child-house-good-prompt-older = ઘરમાં, શાળામાં કે બીજે ક્યાંય, તારા માટે શું સારું ચાલી રહ્યું છે?
child-house-worries-prompt-young = શું કોઈ વાતથી તને દુઃખ થાય છે કે ડર લાગે છે?
child-house-worries-prompt-middle = શું કોઈ વાતની તને ચિંતા છે? અથવા કોઈ વાતથી તને દુઃખ, ડર કે ગુસ્સો આવે છે?
child-house-worries-prompt-older = તને શેની ચિંતા છે, અથવા તું શું બદલાય એવું ઇચ્છે છે?
child-house-wishes-prompt-young = જો તારી પાસે જાદુઈ છડી હોય, તો તું શું માંગે?
child-house-wishes-prompt-middle = તારી ઇચ્છાઓ અને સપનાં શું છે? શું થાય તો બધું વધારે સારું થાય?
child-house-wishes-prompt-older = હમણાં અને ભવિષ્યમાં, તું શું થાય એવું ઇચ્છે છે?
child-write-label = ઇચ્છા હોય તો અહીં લખ
child-draw-label = ઇચ્છા હોય તો અહીં ચિત્ર દોર
child-draw-hint = માઉસ, તારી આંગળી કે પેન વાપર.
child-draw-colour = રંગ
child-colour-black = કાળો
child-colour-red = લાલ
child-colour-blue = વાદળી
child-colour-green = લીલો
child-colour-yellow = પીળો
child-draw-eraser = રબર
child-draw-undo = છેલ્લું પાછું લે
child-draw-clear = ચિત્ર ફરીથી શરૂ કર
child-draw-stamps-label = અથવા તારા ચિત્રમાં એક નાનું ચિત્ર મૂક
child-stamp-sun = સૂરજ
child-stamp-heart = દિલ
child-stamp-house = ઘર
child-stamp-person = માણસ
child-draw-keys-hint = એક ચિત્ર પસંદ કર, પછી જ્યાં મૂકવું હોય ત્યાં ક્લિક કર કે અડ. માઉસ નથી? ચિત્ર સુધી જવા Tab દબાવ, તીરવાળી કી વડે ખસેડ, પછી Enter કે Space દબાવ.
child-draw-canvas = તારું ચિત્ર

## More about you

child-people-title = મારા માટે મહત્ત્વના લોકો
child-people-prompt-young = તારા માટે ખાસ કોણ છે?
child-people-prompt-middle = તારા જીવનમાં મહત્ત્વના લોકો કોણ છે?
child-people-prompt-older = તારા માટે કોણ મહત્ત્વનું છે, અને તને મદદ જોઈએ ત્યારે તું કોની પાસે જાય છે?
child-know-title = મીટિંગ શું જાણે એવું હું ઇચ્છું છું
child-know-prompt-young = તું મોટા લોકોને શું કહેવા માંગે છે?
child-know-prompt-middle = મીટિંગમાં આવનારા લોકો શું જાણે એવું તું ઇચ્છે છે?
child-know-prompt-older = મીટિંગમાંના લોકો સૌથી વધુ શું સાંભળે એવું તું ઇચ્છે છે?
child-happen-title = હું શું થાય એવું ઇચ્છું છું
child-happen-prompt-young = શું થાય તો તારા માટે બધું વધારે સારું થાય?
child-happen-prompt-middle = મીટિંગ પછી શું થાય એવું તું ઇચ્છે છે?
child-happen-prompt-older = તું ઇચ્છે છે કે મીટિંગ શું નક્કી કરે, અથવા લોકો શું કરે?
child-part-title = મીટિંગ અને હું
child-part-question = શું તારે મીટિંગમાં જવું છે?
child-part-all = હા, આખી મીટિંગમાં
child-part-some = હા, થોડા સમય માટે
child-part-advocate = ના, પણ હું ઇચ્છું છું કે હિમાયતી મારા વતી બોલે
child-part-views = ના, પણ હું ઇચ્છું છું કે તેઓ મારા વિચારો જુએ
child-part-none = ના, અને મારે કંઈ કહેવું નથી. એ બરાબર છે.
child-part-unsure = મને હજી ખબર નથી
child-part-words-label = મીટિંગ વિશે બીજું કંઈ?

## Choosing what to share

child-share-title = મીટિંગમાં શું જોઈ શકાય?
child-share-intro = તું નક્કી કર. જેને તું "ના" કહે, તે ખાનગી રહે છે. મીટિંગમાં કોઈ તે નહીં જુએ.
child-share-yes = હા, તેઓ આ જોઈ શકે છે
child-share-no = ના, આ ખાનગી રહે
child-share-drawing = તારું ચિત્ર
child-share-nothing = તેં હજી કંઈ લખ્યું કે દોર્યું નથી. એ બરાબર છે.
child-make-pdf = મારું પાનું બનાવો
child-pdf-made = તારું પાનું તૈયાર છે. તેમાં ફક્ત એ જ વાતો છે જે તેં શેર કરવા માટે પસંદ કરી.

## The child's PDF ("My views for my meeting")

child-pdf-title = મારી મીટિંગ માટે મારા વિચારો
child-pdf-name = મારું નામ
child-pdf-age = મારી ઉંમર
child-pdf-date = તૈયાર કર્યાની તારીખ
child-pdf-helped = મને કોણે મદદ કરી
# $role is one of the helper words above, without "Yes, "; $name is the helper's name.
child-pdf-helper-with-name = { $role }: { $name }
child-pdf-helper-advocate = હિમાયતી
child-pdf-helper-social-worker = સોશિયલ વર્કર
child-pdf-helper-family = મારા પરિવારમાંથી કોઈ
child-pdf-helper-friend = કોઈ મિત્ર
child-pdf-helper-interpreter = દુભાષિયા
child-pdf-helper-nobody = કોઈએ નહીં, મેં જાતે કર્યું
child-pdf-taking-part = હું કેવી રીતે ભાગ લેવા માંગું છું
child-pdf-nothing-shared = આ વખતે મેં મારા વિચારો ખાનગી રાખવાનું પસંદ કર્યું.

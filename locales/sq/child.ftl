# The child's own journey. Readers: children and young people, with an advocate or another
# trusted adult beside them. Three age bands: "young" (about 5–7: very few, very simple words,
# one thing per screen), "middle" (8–11) and "older" (12 and over: a young person's wording,
# never childish). Be warm and calm. Never suggest the child has done anything wrong.

## Starting

# Button on the start screen that begins a child's own draft.
child-start-button = Filloni mendimet e një fëmije
# The name a child's draft gets when no name is given. $date: today, e.g. "Sunday 22 November 2026".
child-default-label = Mendimet e mia, të filluara më { $date }
child-who-title = Para se të fillojmë
child-name-label = Si e ke emrin?
child-age-label = Sa vjeç je?
child-helper-label = A të ndihmon dikush sot?
child-helper-nobody = Jo, askush nuk më ndihmon
child-helper-advocate = Po, një mbështetës i pavarur
child-helper-social-worker = Po, një punonjës social
child-helper-family = Po, dikush nga familja ime
child-helper-friend = Po, një shok ose një shoqe
child-helper-interpreter = Po, një përkthyes
child-helper-name-label = Si e ka emrin ky person?
# Above three buttons that choose how the questions are worded. The age sets it; it can be changed.
child-band-label = Cilat fjalë të përshtaten më mirë?
child-band-young = Për moshën 5 deri 7 vjeç
child-band-middle = Për moshën 8 deri 11 vjeç
child-band-older = Për 12 vjeç e lart
# The big, kind button on every screen of the child's journey. It saves and goes back to the start.
child-stop = Dua të ndalem tani
child-next = Përpara
child-back = Prapa

## What the meeting is about (one screen per paragraph for "young"; one screen for the others)

child-explain-title = Për takimin
child-explain-1-young = Disa të rritur kanë një takim për ty.
child-explain-2-young = Takimi është që të të ndihmojë të jesh mirë dhe në siguri.
child-explain-3-young = Nuk është që të të marrin nga familja jote.
child-explain-4-young = Familja jote do të jetë atje, dhe njerëz si mësuesja jote dhe punonjësi social.
child-explain-5-young = Mund të shkosh atje, ose dikush mund t'u tregojë çfarë mendon ti. Ose mund të mos thuash asgjë. Të gjitha janë në rregull.
child-explain-1-middle = Disa të rritur që e njohin familjen tënde kanë një takim. Quhet konferencë për mbrojtjen e fëmijës.
child-explain-2-middle = Takimi është që ti të jesh në siguri dhe mirë. Nuk është që të të marrin nga familja jote.
child-explain-3-middle = Atje do të jenë prindërit ose kujdestarët e tu, dhe njerëz si punonjësi social, mësuesi dhe infermierja e shkollës. Një person që quhet kryesuesi i konferencës (Chair) e drejton takimin dhe kujdeset që të dëgjohen të gjithë.
child-explain-4-middle = Mund të jesh në gjithë takimin ose vetëm në një pjesë. Një mbështetës i pavarur mund të flasë për ty. Mund të dërgosh mendimet e tua, për shembull një vizatim ose këtë faqe. Ose mund të mos thuash asgjë. Çdo zgjedhje është në rregull.
child-explain-5-middle = Ajo që shkruan këtu është e jotja. Ti zgjedh çfarë shohin njerëzit në takim.
child-explain-1-older = Të rriturit që punojnë me familjen tënde takohen për të folur se si shkojnë gjërat në shtëpi. Quhet konferencë për mbrojtjen e fëmijës.
child-explain-2-older = Konferenca vendos nëse të duhet një plan për mbrojtjen e fëmijës (Child Protection Plan): një plan i shkruar për atë që do të të ndihmojë të jesh në siguri dhe kush çfarë do të bëjë. Nuk është që të të marrin nga familja jote dhe nuk është gjykatë.
child-explain-3-older = Atje do të jenë prindërit ose kujdestarët e tu, bashkë me profesionistë si punonjësi yt social, shkolla, punonjës shëndetësorë dhe ndonjëherë policia. E drejton një person i pavarur që quhet kryesuesi i konferencës (Chair).
child-explain-4-older = Mund të jesh në gjithë takimin ose në një pjesë të tij, t'i kërkosh një mbështetësi të pavarur të flasë për ty, të dërgosh mendimet e tua me shkrim ose si vizatim, ose të zgjedhësh të mos marrësh pjesë. Të gjitha këto janë në rregull dhe mund të ndryshosh mendje.
child-explain-5-older = Gjithçka që shkruan këtu mbetet private, përveç nëse zgjedh vetë ta ndash me të tjerët.

## The three houses

# The three houses' usual names. A child can rename each one.
child-house-good = Shtëpia e gjërave të mira
child-house-worries = Shtëpia e shqetësimeve
child-house-wishes = Shtëpia e dëshirave dhe ëndrrave
child-house-rename-label = Mund t'i japësh kësaj shtëpie një emër tjetër
child-house-symbol-label = Zgjidh një figurë për këtë shtëpi
child-symbol-sun = Dielli
child-symbol-star = Ylli
child-symbol-heart = Zemra
child-symbol-cloud = Reja
child-symbol-rainbow = Ylberi
child-symbol-tree = Pema
child-house-good-prompt-young = Çfarë të bën të lumtur?
child-house-good-prompt-middle = Cilat janë gjërat e mira në jetën tënde? Kush dhe çfarë të bën të lumtur?
child-house-good-prompt-older = Çfarë po shkon mirë për ty, në shtëpi, në shkollë apo diku tjetër?
child-house-worries-prompt-young = A të bën diçka të trishtuar ose të frikësuar?
child-house-worries-prompt-middle = A të shqetëson diçka, ose të bën të trishtuar, të frikësuar ose të mërzitur?
child-house-worries-prompt-older = Çfarë të shqetëson, ose çfarë do të doje të ishte ndryshe?
child-house-wishes-prompt-young = Po të kishe një shkop magjik, çfarë do të dëshiroje?
child-house-wishes-prompt-middle = Cilat janë dëshirat dhe ëndrrat e tua? Çfarë do t'i bënte gjërat më të mira?
child-house-wishes-prompt-older = Çfarë do të doje të ndodhte, tani dhe në të ardhmen?
child-write-label = Shkruaj këtu, nëse do
child-draw-label = Vizato këtu, nëse do
child-draw-hint = Përdor miun, gishtin ose një stilolaps për ekran.
child-draw-colour = Ngjyra
child-colour-black = E zezë
child-colour-red = E kuqe
child-colour-blue = Blu
child-colour-green = E gjelbër
child-colour-yellow = E verdhë
child-draw-eraser = Goma
child-draw-undo = Zhbëj
child-draw-clear = Fillo vizatimin nga e para
child-draw-stamps-label = Ose vendos një figurë në vizatimin tënd
child-stamp-sun = Dielli
child-stamp-heart = Zemra
child-stamp-house = Shtëpia
child-stamp-person = Njeriu
child-draw-keys-hint = Zgjidh një figurë, pastaj kliko ose prek aty ku do ta vendosësh. Nuk ke mi? Shtyp Tab për të shkuar te vizatimi, lëviz me shigjetat, pastaj shtyp Enter ose Space.
child-draw-canvas = Vizatimi yt

## More about you

child-people-title = Njerëzit që kanë rëndësi për mua
child-people-prompt-young = Kush është i veçantë për ty?
child-people-prompt-middle = Kush janë njerëzit e rëndësishëm në jetën tënde?
child-people-prompt-older = Kush është i rëndësishëm për ty dhe te kush shkon kur të duhet ndihmë?
child-know-title = Çfarë dua të dinë njerëzit në takim
child-know-prompt-young = Çfarë do që të dinë të rriturit?
child-know-prompt-middle = Çfarë do që të dinë njerëzit në takim?
child-know-prompt-older = Çfarë do më shumë se gjithçka që të dëgjojnë njerëzit në takim?
child-happen-title = Çfarë do të doja të ndodhte
child-happen-prompt-young = Çfarë do t'i bënte gjërat më të mira për ty?
child-happen-prompt-middle = Çfarë do të doje të ndodhte pas takimit?
child-happen-prompt-older = Çfarë do të doje që të vendoste takimi, ose që të bënin njerëzit?
child-part-title = Takimi dhe unë
child-part-question = A do të shkosh në takim?
child-part-all = Po, në gjithë takimin
child-part-some = Po, në një pjesë të tij
child-part-advocate = Jo, por dua që një mbështetës i pavarur të flasë për mua
child-part-views = Jo, por dua që të shohin mendimet e mia
child-part-none = Jo, dhe nuk dua të them asgjë. Është në rregull.
child-part-unsure = Nuk e di ende
child-part-words-label = Diçka tjetër për takimin?

## Choosing what to share

child-share-title = Çfarë mund të shohin njerëzit në takim?
child-share-intro = Ti zgjedh. Çdo gjë për të cilën thua „jo” mbetet private. Askush në takim nuk do ta shohë.
child-share-yes = Po, mund ta shohin këtë
child-share-no = Jo, të mbetet private
child-share-drawing = Vizatimi yt
child-share-nothing = Ende nuk ke shkruar ose vizatuar asgjë. Është në rregull.
child-make-pdf = Bëj faqen time
child-pdf-made = Faqja jote është gati. Ka vetëm gjërat që zgjodhe të ndash.

## The child's PDF ("My views for my meeting")

child-pdf-title = Mendimet e mia për takimin tim
child-pdf-name = Emri im
child-pdf-age = Mosha ime
child-pdf-date = Bërë më
child-pdf-helped = Kush më ndihmoi
# $role is one of the helper words above, without "Yes, "; $name is the helper's name.
child-pdf-helper-with-name = { $role }: { $name }
child-pdf-helper-advocate = Një mbështetës i pavarur
child-pdf-helper-social-worker = Një punonjës social
child-pdf-helper-family = Dikush nga familja ime
child-pdf-helper-friend = Një shok ose një shoqe
child-pdf-helper-interpreter = Një përkthyes
child-pdf-helper-nobody = Askush, e bëra vetë
child-pdf-taking-part = Si dua të marr pjesë
child-pdf-nothing-shared = Këtë herë zgjodha t'i mbaj mendimet e mia private.

# The child's own journey. Readers: children and young people, with an advocate or another
# trusted adult beside them. Three age bands: "young" (about 5–7: very few, very simple words,
# one thing per screen), "middle" (8–11) and "older" (12 and over: a young person's wording,
# never childish). Be warm and calm. Never suggest the child has done anything wrong.

## Starting

# Button on the start screen that begins a child's own draft.
child-start-button = Începeți părerile unui copil
# The name a child's draft gets when no name is given. $date: today, e.g. "Sunday 22 November 2026".
child-default-label = Părerile mele, începute { $date }
child-who-title = Înainte să începem
child-name-label = Care este prenumele tău?
child-age-label = Câți ani ai?
child-helper-label = Te ajută cineva azi?
child-helper-nobody = Nu, nu mă ajută nimeni
child-helper-advocate = Da, un susținător independent
child-helper-social-worker = Da, un asistent social
child-helper-family = Da, cineva din familia mea
child-helper-friend = Da, un prieten sau o prietenă
child-helper-interpreter = Da, un interpret
child-helper-name-label = Cum se numește persoana aceasta?
# Above three buttons that choose how the questions are worded. The age sets it; it can be changed.
child-band-label = Ce cuvinte ți se potrivesc cel mai bine?
child-band-young = Pentru vârsta de 5–7 ani
child-band-middle = Pentru vârsta de 8–11 ani
child-band-older = Pentru 12 ani și peste
# The big, kind button on every screen of the child's journey. It saves and goes back to the start.
child-stop = Vreau să mă opresc acum
child-next = Mai departe
child-back = Înapoi

## What the meeting is about (one screen per paragraph for "young"; one screen for the others)

child-explain-title = Despre întâlnire
child-explain-1-young = Niște oameni mari au o întâlnire despre tine.
child-explain-2-young = Întâlnirea este ca să fii în siguranță și să-ți fie bine.
child-explain-3-young = Nu este ca să te ia de la familia ta.
child-explain-4-young = Familia ta va fi acolo, și alți oameni, ca doamna învățătoare și asistentul social.
child-explain-5-young = Poți să mergi acolo, sau cineva le poate spune ce crezi tu. Sau poți să nu spui nimic. Toate acestea sunt în regulă.
child-explain-1-middle = Niște adulți care îți cunosc familia au o întâlnire. Se numește conferință de protecție a copilului.
child-explain-2-middle = Întâlnirea este despre cum să fii în siguranță și să-ți fie bine. Nu este despre a te lua de la familia ta.
child-explain-3-middle = Vor fi acolo părinții sau îngrijitorii tăi și oameni ca asistentul social, profesorul și asistenta de la școală. O persoană numită președintele conferinței (Chair) conduce întâlnirea și are grijă ca toată lumea să fie ascultată.
child-explain-4-middle = Poți să fii la toată întâlnirea sau doar la o parte. Un susținător independent poate vorbi pentru tine. Poți să trimiți părerea ta, de exemplu un desen sau pagina aceasta. Sau poți să nu spui nimic. Orice alegere este în regulă.
child-explain-5-middle = Ce scrii aici este al tău. Tu alegi ce văd oamenii de la întâlnire.
child-explain-1-older = Adulții care lucrează cu familia ta se întâlnesc să vorbească despre cum merg lucrurile acasă. Se numește conferință de protecție a copilului.
child-explain-2-older = Conferința hotărăște dacă ai nevoie de un plan de protecție a copilului (Child Protection Plan): un plan scris despre ce te va ajuta să fii în siguranță și cine ce va face. Nu este despre a te lua de la familia ta și nu este un tribunal.
child-explain-3-older = Vor fi acolo părinții sau îngrijitorii tăi, împreună cu specialiști precum asistentul social, școala, cadre medicale și uneori poliția. O persoană independentă numită președintele conferinței (Chair) o conduce.
child-explain-4-older = Poți să fii la toată întâlnirea sau la o parte, să ceri unui susținător independent să vorbească pentru tine, să îți trimiți părerea în scris sau ca desen, sau să alegi să nu participi. Toate sunt în regulă și te poți răzgândi.
child-explain-5-older = Tot ce scrii aici rămâne privat, dacă nu alegi tu să arăți altora.

## The three houses

# The three houses' usual names. A child can rename each one.
child-house-good = Casa lucrurilor bune
child-house-worries = Casa grijilor
child-house-wishes = Casa dorințelor și a viselor
child-house-rename-label = Poți să dai casei acesteia alt nume
child-house-symbol-label = Alege o imagine pentru casa aceasta
child-symbol-sun = Soare
child-symbol-star = Stea
child-symbol-heart = Inimă
child-symbol-cloud = Nor
child-symbol-rainbow = Curcubeu
child-symbol-tree = Copac
child-house-good-prompt-young = Ce te bucură?
child-house-good-prompt-middle = Care sunt lucrurile bune din viața ta? Cine și ce te bucură?
child-house-good-prompt-older = Ce îți merge bine, acasă, la școală sau în altă parte?
child-house-worries-prompt-young = Te întristează sau te sperie ceva?
child-house-worries-prompt-middle = Te îngrijorează ceva, te întristează, te sperie sau te supără?
child-house-worries-prompt-older = Ce te îngrijorează, sau ce ai vrea să fie altfel?
child-house-wishes-prompt-young = Dacă ai avea o baghetă magică, ce ți-ai dori?
child-house-wishes-prompt-middle = Care sunt dorințele și visele tale? Ce ar face lucrurile mai bune?
child-house-wishes-prompt-older = Ce ai vrea să se întâmple, acum și în viitor?
child-write-label = Scrie aici, dacă vrei
child-draw-label = Desenează aici, dacă vrei
child-draw-hint = Folosește mouse-ul, degetul sau un creion pentru ecran.
child-draw-colour = Culoare
child-colour-black = Negru
child-colour-red = Roșu
child-colour-blue = Albastru
child-colour-green = Verde
child-colour-yellow = Galben
child-draw-eraser = Radieră
child-draw-undo = Anulează
child-draw-clear = Începe desenul din nou
child-draw-stamps-label = Sau pune o imagine pe desenul tău
child-stamp-sun = Soare
child-stamp-heart = Inimă
child-stamp-house = Casă
child-stamp-person = Om
child-draw-keys-hint = Alege o imagine, apoi dă clic sau atinge locul unde vrei să fie. Nu ai mouse? Apasă Tab ca să ajungi la desen, mută-te cu săgețile, apoi apasă Enter sau Spațiu.
child-draw-canvas = Desenul tău

## More about you

child-people-title = Oamenii care contează pentru mine
child-people-prompt-young = Cine este special pentru tine?
child-people-prompt-middle = Cine sunt oamenii importanți din viața ta?
child-people-prompt-older = Cine este important pentru tine și la cine mergi când ai nevoie de ajutor?
child-know-title = Ce vreau să știe oamenii de la întâlnire
child-know-prompt-young = Ce vrei să știe oamenii mari?
child-know-prompt-middle = Ce vrei să știe oamenii de la întâlnire?
child-know-prompt-older = Ce vrei cel mai mult să audă oamenii de la întâlnire?
child-happen-title = Ce aș vrea să se întâmple
child-happen-prompt-young = Ce ar face lucrurile mai bune pentru tine?
child-happen-prompt-middle = Ce ai vrea să se întâmple după întâlnire?
child-happen-prompt-older = Ce ai vrea să hotărască întâlnirea sau să facă oamenii?
child-part-title = Întâlnirea și eu
child-part-question = Vrei să mergi la întâlnire?
child-part-all = Da, la toată
child-part-some = Da, la o parte
child-part-advocate = Nu, dar vreau ca un susținător independent să vorbească pentru mine
child-part-views = Nu, dar vreau să vadă părerea mea
child-part-none = Nu și nu vreau să spun nimic. Este în regulă.
child-part-unsure = Nu știu încă
child-part-words-label = Mai e ceva despre întâlnire?

## Choosing what to share

child-share-title = Ce pot vedea oamenii de la întâlnire?
child-share-intro = Tu alegi. Tot ce primește un „nu” de la tine rămâne privat. Nimeni de la întâlnire nu îl va vedea.
child-share-yes = Da, pot să vadă asta
child-share-no = Nu, să rămână privat
child-share-drawing = Desenul tău
child-share-nothing = Nu ai scris și nu ai desenat nimic încă. Este în regulă.
child-make-pdf = Fă pagina mea
child-pdf-made = Pagina ta este gata. Are doar lucrurile pe care ai ales să le arăți.

## The child's PDF ("My views for my meeting")

child-pdf-title = Părerile mele pentru întâlnirea mea
child-pdf-name = Numele meu
child-pdf-age = Vârsta mea
child-pdf-date = Data
child-pdf-helped = Cine m-a ajutat
# $role is one of the helper words above, without "Yes, "; $name is the helper's name.
child-pdf-helper-with-name = { $role }: { $name }
child-pdf-helper-advocate = Un susținător independent
child-pdf-helper-social-worker = Un asistent social
child-pdf-helper-family = Cineva din familia mea
child-pdf-helper-friend = Un prieten sau o prietenă
child-pdf-helper-interpreter = Un interpret
child-pdf-helper-nobody = Nimeni, am făcut-o fără ajutor
child-pdf-taking-part = Cum vreau să particip
child-pdf-nothing-shared = De data aceasta am ales să îmi păstrez părerile private.

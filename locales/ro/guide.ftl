# The guide to the conference and the glossary of words used there.
# Readers: parents and carers, on the "Guide and words" screen; the glossary's first five terms
# also appear on the welcome screen. Many readers are anxious and some do not read easily:
# short sentences, plain words, a kind tone. Describe harm factually and gently, never graphically.

guide-title = Ghid despre conferință
guide-intro = Ce se întâmplă, cine va fi acolo și ce înseamnă cuvintele folosite. Citiți cât doriți, mult sau puțin.

## Sections of the guide: a title and a few short paragraphs each

guide-who-title = Cine va fi acolo
guide-who-1 = Dumneavoastră și oricine aduceți ca sprijin. Poate veni și copilul, dacă este destul de mare și dorește. Altfel, își poate spune părerea în alt fel.
guide-who-2 = Președintele conferinței (Chair), care conduce întâlnirea, și o persoană care scrie ce se spune.
guide-who-3 = Oameni care vă cunosc copilul și familia: de obicei asistentul social și adesea cineva de la școală sau grădiniță, o asistentă medicală comunitară (health visitor) sau asistenta școlii, medicul de familie (GP) și uneori poliția sau alte servicii cu care ați lucrat.
guide-who-4 = Toți sunt acolo din același motiv: să se gândească împreună cum să vă țină copilul în siguranță și bine.

guide-chair-title = Ce face președintele conferinței
guide-chair-1 = Președintele conduce întâlnirea. Este o persoană independentă: nu a lucrat cu familia dumneavoastră și nu este asistentul dumneavoastră social.
guide-chair-2 = Înainte să înceapă întâlnirea, președintele se vede de obicei doar cu dumneavoastră, ca să vă explice ce se va întâmpla și să asculte ce vreți să spuneți.
guide-chair-3 = În timpul întâlnirii, președintele are grijă ca toată lumea să fie ascultată, inclusiv dumneavoastră.

guide-meeting-title = Cum se desfășoară întâlnirea
guide-meeting-1 = Fiecare spune cine este și de ce a venit.
guide-meeting-2 = Fiecare persoană spune ce merge bine pentru copil și ce o îngrijorează. Se discută și rapoartele pe care le-au scris.
guide-meeting-3 = Puteți să răspundeți, să corectați ce este greșit și să puneți întrebări. Puteți citi cu voce tare ce ați pregătit sau îi puteți da textul președintelui.
guide-meeting-4 = De obicei, întâlnirea durează între o oră și două ore. Puteți cere oricând o scurtă pauză.

guide-video-title = Întâlniri prin video sau telefon
guide-video-1 = Multe conferințe au loc acum prin video, sau cu unii oameni în sală și alții conectați prin video sau telefon. Invitația ar trebui să spună cum va fi și să vă dea un link video și un număr pentru a intra prin telefon.
guide-video-2 = De obicei vi se cere să intrați primul, ca să puteți vorbi singur cu președintele înainte să intre ceilalți.
guide-video-3 = Conectați-vă dintr-o cameră în care sunteți singur, niciodată dintr-un loc public. Dacă altcineva este văzut sau auzit în camera dumneavoastră, președintele poate fi nevoit să-l scoată din apel. Copiii nu ar trebui să poată auzi.
guide-video-4 = Președintele întreabă pe fiecare persoană pe rând, iar dumneavoastră puteți răspunde după fiecare. Dacă nu înțelegeți ceva sau aveți nevoie de o pauză, spuneți-i președintelui.

guide-decide-title = Ce poate hotărî conferința
guide-decide-1 = Conferința hotărăște dacă copilul dumneavoastră are nevoie de un plan de protecție a copilului (Child Protection Plan). Asta se întâmplă când cei de acolo cred că copilul a suferit sau ar putea suferi o vătămare semnificativă (significant harm).
guide-decide-2 = Dacă se face un plan, conferința spune și la ce fel de vătămare se referă mai ales: abuz fizic (physical abuse), abuz emoțional (emotional abuse), abuz sexual (sexual abuse) sau neglijare (neglect).
guide-decide-3 = Dacă nu este nevoie de un plan de protecție a copilului, conferința poate propune un plan pentru copilul aflat în nevoie (Child in Need plan), alt fel de ajutor pentru familie sau niciun plan.
guide-decide-4 = Conferința nu hotărăște unde locuiește copilul și nu este un tribunal.

guide-core-group-title = Grupul de bază
guide-core-group-1 = Dacă există un plan de protecție a copilului, un grup mic se întâlnește ca să îl pună în practică. Acesta este grupul de bază (core group). Faceți și dumneavoastră parte din el, alături de asistentul social și de alte câteva persoane care vă cunosc copilul.
guide-core-group-2 = Grupul de bază se întâlnește prima dată în cel mult 10 zile lucrătoare după conferință, apoi în mod regulat, ca să vadă cum merg lucrurile și de ce ajutor este nevoie.

guide-after-title = După conferință
guide-after-1 = Ar trebui să aflați ce s-a hotărât în cel mult o zi lucrătoare. Mai târziu veți primi notele scrise ale întâlnirii (procesul-verbal, în engleză minutes). Citiți-le și spuneți-i președintelui dacă ceva nu este corect.
guide-after-2 = Dacă există un plan, o conferință de revizuire (review conference) vede cum merge planul în cel mult 3 luni, apoi cel puțin o dată la 6 luni, cât timp durează planul.
guide-after-3 = Planul se încheie când o conferință hotărăște că copilul nu mai are nevoie de el.

guide-rights-title = Ce puteți cere
guide-rights-1 = Să veniți cu cineva: un prieten, o rudă sau un susținător independent (advocate).
guide-rights-2 = Un interpret (interpreter), dacă preferați să vorbiți în limba dumneavoastră. Cereți-l de la asistentul social înainte de întâlnire.
guide-rights-3 = Să vedeți rapoartele înainte de întâlnire, ca să aveți timp să le citiți.
guide-rights-4 = Să vorbiți între patru ochi cu președintele și să luați o pauză în timpul întâlnirii.

guide-complain-title = Dacă ceva nu vă mulțumește
guide-complain-1 = Dacă nu vă mulțumește felul în care s-a desfășurat conferința sau ce s-a hotărât, spuneți mai întâi președintelui sau asistentului social. Poate că ei reușesc să îndrepte lucrurile.
guide-complain-2 = Dacă asta nu ajută, fiecare consiliu local (council) are o procedură pentru plângeri despre conferințe. Cereți-o de la asistentul social sau de la consiliul local. Un susținător independent vă poate ajuta să faceți o plângere.

guide-private-title = Cum vă păstrați ciornele doar pentru dumneavoastră
guide-private-1 = Dacă intră cineva în cameră, apăsați „Ascundeți” în partea de sus a ecranului. Ecranul se golește imediat, iar ciornele se încuie.
guide-private-2 = Același lucru îl face apăsarea tastei Esc de două ori sau a tastei Shift de trei ori, repede și fără nicio altă tastă între ele. Scrisul nu face niciodată asta: orice altă tastă, de exemplu o literă sau Tab, începe numărătoarea din nou.
guide-private-3 = Ca să continuați, apăsați „Continuați” pe ecranul gol, apoi deblocați ciornele.

ready-video-title = Pregătirea pentru o întâlnire prin video
ready-phone-title = Pregătirea pentru o întâlnire prin telefon
ready-intro = Bifați fiecare lucru când este gata. Bifele se salvează împreună cu ciorna.
ready-private-room = Găsiți o cameră în care copiii și alte persoane nu pot auzi întâlnirea.
ready-headphones = Folosiți căști, ca nimeni din jurul dumneavoastră să nu audă ce spun ceilalți.
ready-device-charged = Încărcați telefonul, tableta sau calculatorul cu o zi înainte și țineți încărcătorul aproape.
ready-phone-charged = Încărcați telefonul cu o zi înainte și țineți încărcătorul aproape.
ready-link-tested = Încercați linkul video din invitație cu o zi înainte, pe aparatul pe care îl veți folosi.
ready-number-tested = Cu o zi înainte, verificați că aveți numărul la care sunați și codul din invitație, dacă există.
ready-camera = Verificați că merg camera și microfonul și așezați-vă unde președintele vă poate vedea fața.
ready-contribution-at-hand = Aveți contribuția tipărită sau deschisă pe alt aparat, ca să puteți citi din ea.
ready-call-drops = Înainte de ziua întâlnirii, cereți-i asistentului social un număr de telefon la care să sunați dacă se întrerupe apelul.
ready-muted = Țineți microfonul oprit când nu vorbiți și porniți-l când vreți să spuneți ceva.
ready-break = Nu uitați că puteți cere oricând o pauză președintelui.
ready-interpreter = Dacă aveți nevoie de un interpret, și el poate intra în apel. Rugați-l pe asistentul social să se ocupe de asta.

## The glossary: each term's name and what it means

glossary-title = Cuvinte pe care le puteți auzi
glossary-chair-name = Președintele conferinței (Chair)
glossary-chair-meaning = Persoana care conduce conferința. Este independentă: nu a mai lucrat până acum cu familia dumneavoastră.
glossary-coordinator-name = Coordonatorul pentru protecția copilului (Child protection coordinator)
glossary-coordinator-meaning = Persoana de la consiliul local care organizează conferințele și are grijă să aibă loc la timp. În unele consilii, această treabă o face președintele conferinței.
glossary-plan-name = Planul de protecție a copilului (Child Protection Plan)
glossary-plan-meaning = Un plan scris care spune ce trebuie să se schimbe ca un copil să fie în siguranță, cine va ajuta și până când. Planul este verificat la conferințele de revizuire.
glossary-child-in-need-name = Planul pentru copilul aflat în nevoie (Child in Need plan)
glossary-child-in-need-meaning = Un plan de ajutor și sprijin pentru un copil și familia lui. Conferința poate propune un astfel de plan când nu este nevoie de un plan de protecție a copilului.
glossary-core-group-name = Grupul de bază (Core group)
glossary-core-group-meaning = Un grup mic care se întâlnește după conferință ca să pună în practică planul de protecție a copilului. Faceți și dumneavoastră parte din el, alături de asistentul social și de alte câteva persoane care vă cunosc copilul.
glossary-significant-harm-name = Vătămare semnificativă (Significant harm)
glossary-significant-harm-meaning = Cuvintele pe care le folosește legea pentru un rău grav adus sănătății sau dezvoltării unui copil. Conferința se gândește dacă un copil a fost vătămat în acest fel sau ar putea fi.
glossary-physical-abuse-name = Abuz fizic (Physical abuse)
glossary-physical-abuse-meaning = Când un copil este rănit intenționat sau există riscul să fie, de exemplu când este lovit sau scuturat.
glossary-emotional-abuse-name = Abuz emoțional (Emotional abuse)
glossary-emotional-abuse-meaning = Când felul în care este tratat un copil, iar și iar, îi face rău: îi afectează părerea despre sine sau felul în care crește. Poate însemna și că un copil vede sau aude violență acasă.
glossary-sexual-abuse-name = Abuz sexual (Sexual abuse)
glossary-sexual-abuse-meaning = Când un copil este implicat în activități sexuale sau i se arată materiale sexuale, fie că înțelege, fie că nu înțelege ce se întâmplă.
glossary-neglect-name = Neglijare (Neglect)
glossary-neglect-meaning = Când nevoile de bază ale unui copil nu sunt asigurate timp îndelungat: de exemplu mâncare, căldură, o casă sigură, îngrijire medicală sau grijă și atenție.
glossary-advocate-name = Susținător independent (Advocate)
glossary-advocate-meaning = O persoană care nu lucrează pentru consiliul local și este de partea dumneavoastră sau de partea copilului. Vă ajută să spuneți ce credeți și să înțelegeți ce se întâmplă.
glossary-interpreter-name = Interpret (Interpreter)
glossary-interpreter-meaning = O persoană pregătită care traduce ce se spune în limba dumneavoastră și ce spuneți dumneavoastră în engleză, fără să adauge păreri proprii.
glossary-review-conference-name = Conferința de revizuire (Review conference)
glossary-review-conference-meaning = O conferință ulterioară care vede cum merge planul de protecție a copilului și hotărăște dacă mai este nevoie de el.
glossary-strategy-discussion-name = Discuția de strategie (Strategy discussion)
glossary-strategy-discussion-meaning = O întâlnire sau un apel între asistentul social, poliție, personal medical și alții, care are loc când există o îngrijorare legată de un copil, ca să hotărască ce se face mai departe.
glossary-section-47-name = Verificarea conform Secțiunii 47 (Section 47 enquiry)
glossary-section-47-meaning = Când consiliul local verifică dacă un copil suferă sau ar putea suferi o vătămare semnificativă. Numele vine de la o parte din Legea copiilor din 1989 (Children Act 1989). Dacă îngrijorările se confirmă, are loc o conferință.

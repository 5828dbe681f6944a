# The guide to the conference and the glossary of words used there.
# Readers: parents and carers, on the "Guide and words" screen; the glossary's first five terms
# also appear on the welcome screen. Many readers are anxious and some do not read easily:
# short sentences, plain words, a kind tone. Describe harm factually and gently, never graphically.

guide-title = Udhëzues për konferencën
guide-intro = Çfarë ndodh, kush do të jetë aty dhe çfarë do të thonë fjalët. Lexoni sa të doni, pak ose shumë.

## Sections of the guide: a title and a few short paragraphs each

guide-who-title = Kush do të jetë aty
guide-who-1 = Ju, dhe kushdo që sillni për mbështetje. Mund të vijë edhe fëmija juaj, nëse është mjaft i rritur dhe dëshiron. Përndryshe, mund ta tregojë mendimin e vet në një mënyrë tjetër.
guide-who-2 = Kryesuesi i konferencës (Chair), që drejton takimin, dhe dikush që shkruan çfarë thuhet.
guide-who-3 = Njerëz që e njohin fëmijën dhe familjen tuaj: zakonisht punonjësi social, shpesh dikush nga shkolla ose çerdhja, infermierja e komunitetit (health visitor) ose infermierja e shkollës, mjeku juaj i familjes (GP), dhe ndonjëherë policia ose shërbime të tjera me të cilat keni punuar.
guide-who-4 = Të gjithë janë aty për të njëjtën arsye: të mendojnë si ta mbajnë fëmijën tuaj të sigurt dhe mirë.

guide-chair-title = Çfarë bën kryesuesi i konferencës
guide-chair-1 = Kryesuesi drejton takimin. Është i pavarur: nuk ka punuar me familjen tuaj dhe nuk është punonjësi juaj social.
guide-chair-2 = Para se të fillojë takimi, kryesuesi zakonisht takohet vetëm me ju, për t'ju shpjeguar çfarë do të ndodhë dhe për të dëgjuar çfarë doni të thoni.
guide-chair-3 = Gjatë takimit, kryesuesi kujdeset që të dëgjohen të gjithë, edhe ju.

guide-meeting-title = Si zhvillohet takimi
guide-meeting-1 = Secili thotë kush është dhe pse ndodhet aty.
guide-meeting-2 = Çdo person tregon çfarë po shkon mirë për fëmijën tuaj dhe çfarë e shqetëson. Flitet edhe për raportet që kanë shkruar.
guide-meeting-3 = Ju mund të përgjigjeni, të korrigjoni çdo gjë që është e gabuar dhe të bëni pyetje. Mund të lexoni me zë atë që keni përgatitur, ose t'ia jepni kryesuesit.
guide-meeting-4 = Takimi zakonisht zgjat një deri në dy orë. Mund të kërkoni një pushim të shkurtër në çdo kohë.

guide-video-title = Takime me video ose me telefon
guide-video-1 = Shumë konferenca tani mbahen me video, ose me disa njerëz në sallë dhe të tjerë që lidhen me video ose telefon. Ftesa duhet të thotë si do të jetë dhe t'ju japë një lidhje video dhe një numër për t'u lidhur me telefon.
guide-video-2 = Zakonisht ju kërkohet të lidheni të parët, që të flisni vetëm me kryesuesin para se të lidhen të tjerët.
guide-video-3 = Lidhuni nga një dhomë private, kurrë nga një vend publik. Nëse dikush tjetër shihet ose dëgjohet në dhomën tuaj, kryesuesi mund të duhet ta nxjerrë nga thirrja. Fëmijët tuaj nuk duhet të dëgjojnë.
guide-video-4 = Kryesuesi pyet çdo person me radhë, dhe ju mund të përgjigjeni pas secilit. Nëse nuk kuptoni diçka, ose keni nevojë për pushim, thojini kryesuesit.

guide-decide-title = Çfarë mund të vendosë konferenca
guide-decide-1 = Konferenca vendos nëse fëmija juaj ka nevojë për një plan për mbrojtjen e fëmijës (Child Protection Plan). Kjo ndodh kur njerëzit aty mendojnë se fëmija juaj ka pësuar, ose ka gjasa të pësojë, dëm të konsiderueshëm (significant harm).
guide-decide-2 = Nëse bëhet një plan, konferenca thotë gjithashtu me cilin lloj dëmi ka të bëjë kryesisht: abuzim fizik (physical abuse), abuzim emocional (emotional abuse), abuzim seksual (sexual abuse) ose neglizhim (neglect).
guide-decide-3 = Nëse nuk nevojitet plan për mbrojtjen e fëmijës, konferenca mund të sugjerojë një plan për fëmijën në nevojë (Child in Need plan), ndihmë tjetër për familjen tuaj, ose asnjë plan.
guide-decide-4 = Konferenca nuk vendos se ku jeton fëmija juaj dhe nuk është gjykatë.

guide-core-group-title = Grupi bazë
guide-core-group-1 = Nëse ka një plan për mbrojtjen e fëmijës, një grup i vogël takohet për ta vënë në jetë. Ky është grupi bazë (core group). Ju jeni pjesë e tij, bashkë me punonjësin social dhe disa të tjerë që e njohin fëmijën tuaj.
guide-core-group-2 = Grupi bazë takohet për herë të parë brenda 10 ditëve pune pas konferencës, dhe pastaj rregullisht, për të parë si po shkojnë gjërat dhe çfarë ndihme nevojitet.

guide-after-title = Pas konferencës
guide-after-1 = Duhet t'ju thuhet çfarë u vendos brenda një dite pune. Më vonë do të merrni shënimet me shkrim të takimit (procesverbalin, në anglisht minutes). Lexojini dhe tregojini kryesuesit nëse diçka është e gabuar.
guide-after-2 = Nëse ka një plan, një konferencë rishikimi (review conference) shikon si po shkon plani brenda 3 muajve, dhe pastaj të paktën çdo 6 muaj, për sa kohë zgjat plani.
guide-after-3 = Plani mbaron kur një konferencë vendos se fëmija juaj nuk ka më nevojë për të.

guide-rights-title = Gjëra që mund të kërkoni
guide-rights-1 = Të sillni dikë me vete: një mik, një të afërm ose një mbështetës të pavarur (advocate).
guide-rights-2 = Një përkthyes (interpreter), nëse preferoni të flisni në gjuhën tuaj. Kërkojeni te punonjësi social para takimit.
guide-rights-3 = Të shihni raportet para takimit, që të keni kohë t'i lexoni.
guide-rights-4 = Të flisni me kryesuesin vetëm për vetëm, dhe të bëni një pushim gjatë takimit.

guide-complain-title = Nëse nuk jeni të kënaqur
guide-complain-1 = Nëse nuk jeni të kënaqur me mënyrën si u zhvillua konferenca, ose me atë që vendosi, tregojini së pari kryesuesit ose punonjësit social. Ndoshta ata mund t'i rregullojnë gjërat.
guide-complain-2 = Nëse kjo nuk ndihmon, çdo bashki (council) ka një procedurë ankimi për konferencat. Kërkojeni te punonjësi social ose te bashkia. Një mbështetës i pavarur mund t'ju ndihmojë të bëni një ankesë.

guide-private-title = Si t'i mbani draftet tuaja private
guide-private-1 = Nëse dikush hyn në dhomë, shtypni "Mbuloni ekranin" në krye të ekranit. Ekrani zbrazet menjëherë dhe draftet tuaja kyçen.
guide-private-2 = E njëjta gjë ndodh kur shtypni tastin Esc dy herë, ose tastin Shift tri herë, shpejt dhe pa asnjë tast tjetër në mes. Shkrimi nuk e bën kurrë këtë: çdo tast tjetër, si një shkronjë ose Tab, e nis numërimin nga e para.
guide-private-3 = Për të vazhduar, shtypni "Vazhdoni" në ekranin bosh, pastaj hapni draftet tuaja.

ready-video-title = Përgatitja për një takim me video
ready-phone-title = Përgatitja për një takim me telefon
ready-intro = Shënojeni secilën kur ta keni bërë. Shënimet ruhen bashkë me draftin tuaj.
ready-private-room = Gjeni një dhomë private ku fëmijët tuaj dhe të tjerët nuk e dëgjojnë takimin.
ready-headphones = Përdorni kufje, që askush pranë jush të mos dëgjojë çfarë thonë të tjerët.
ready-device-charged = Karikoni telefonin, tabletin ose kompjuterin një ditë përpara dhe mbajeni karikuesin afër.
ready-phone-charged = Karikoni telefonin një ditë përpara dhe mbajeni karikuesin afër.
ready-link-tested = Provoni lidhjen video nga ftesa një ditë përpara, në pajisjen që do të përdorni.
ready-number-tested = Një ditë përpara, kontrolloni që keni numrin që duhet të telefononi dhe kodin nga ftesa, nëse ka.
ready-camera = Kontrolloni që kamera dhe mikrofoni punojnë, dhe uluni aty ku kryesuesi mund t'ju shohë fytyrën.
ready-contribution-at-hand = Kini kontributin tuaj të printuar, ose të hapur në një pajisje tjetër, që të lexoni prej tij.
ready-call-drops = Para ditës së takimit, kërkojini punonjësit social një numër telefoni për ta thirrur nëse thirrja ndërpritet.
ready-muted = Mbajeni mikrofonin të fikur kur nuk flisni, dhe ndizeni kur doni të thoni diçka.
ready-break = Mos harroni që mund t'i kërkoni kryesuesit një pushim në çdo kohë.
ready-interpreter = Nëse keni nevojë për përkthyes, edhe ai mund të lidhet në thirrje. Kërkojini punonjësit social ta organizojë.

## The glossary: each term's name and what it means

glossary-title = Fjalë që mund të dëgjoni
glossary-chair-name = Kryesuesi i konferencës (Chair)
glossary-chair-meaning = Personi që drejton konferencën. Është i pavarur: nuk ka punuar më parë me familjen tuaj.
glossary-coordinator-name = Koordinatori për mbrojtjen e fëmijëve (Child protection coordinator)
glossary-coordinator-meaning = Personi në bashki që organizon konferencat dhe kujdeset që ato të bëhen në kohë. Në disa bashki këtë punë e bën kryesuesi i konferencës.
glossary-plan-name = Plani për mbrojtjen e fëmijës (Child Protection Plan)
glossary-plan-meaning = Një plan me shkrim për atë që duhet të ndryshojë që një fëmijë të jetë i sigurt, kush do të ndihmojë dhe deri kur. Plani kontrollohet në konferencat e rishikimit.
glossary-child-in-need-name = Plani për fëmijën në nevojë (Child in Need plan)
glossary-child-in-need-meaning = Një plan ndihme dhe mbështetjeje për një fëmijë dhe familjen e tij. Konferenca mund ta sugjerojë kur nuk nevojitet plan për mbrojtjen e fëmijës.
glossary-core-group-name = Grupi bazë (Core group)
glossary-core-group-meaning = Një grup i vogël që takohet pas konferencës për ta vënë në jetë planin për mbrojtjen e fëmijës. Ju jeni pjesë e tij, bashkë me punonjësin social dhe disa të tjerë që e njohin fëmijën tuaj.
glossary-significant-harm-name = Dëm i konsiderueshëm (Significant harm)
glossary-significant-harm-meaning = Fjalët që përdor ligji për një dëm serioz në shëndetin ose në zhvillimin e një fëmije. Konferenca mendon nëse një fëmijë është dëmtuar në këtë mënyrë, ose mund të dëmtohet.
glossary-physical-abuse-name = Abuzim fizik (Physical abuse)
glossary-physical-abuse-meaning = Kur një fëmijë lëndohet me qëllim, ose ka rrezik të lëndohet, për shembull kur goditet ose shkundet.
glossary-emotional-abuse-name = Abuzim emocional (Emotional abuse)
glossary-emotional-abuse-meaning = Kur mënyra si trajtohet një fëmijë, përsëri e përsëri, dëmton si ndihet ai për veten ose si rritet. Mund të përfshijë edhe rastin kur një fëmijë sheh ose dëgjon dhunë në shtëpi.
glossary-sexual-abuse-name = Abuzim seksual (Sexual abuse)
glossary-sexual-abuse-meaning = Kur një fëmijë përfshihet në veprimtari seksuale, ose i tregohen materiale seksuale, pavarësisht nëse e kupton apo jo çfarë po ndodh.
glossary-neglect-name = Neglizhim (Neglect)
glossary-neglect-meaning = Kur nevojat bazë të një fëmije nuk plotësohen për një kohë të gjatë: për shembull ushqimi, ngrohtësia, një shtëpi e sigurt, kujdesi mjekësor, ose kujdesi dhe vëmendja.
glossary-advocate-name = Mbështetës i pavarur (Advocate)
glossary-advocate-meaning = Dikush që nuk punon për bashkinë dhe është në anën tuaj, ose në anën e fëmijës suaj. Ju ndihmon të thoni çfarë mendoni dhe të kuptoni çfarë po ndodh.
glossary-interpreter-name = Përkthyes (Interpreter)
glossary-interpreter-meaning = Një person i trajnuar që përkthen në gjuhën tuaj atë që thuhet, dhe në anglisht atë që thoni ju, pa shtuar mendimet e veta.
glossary-review-conference-name = Konferenca e rishikimit (Review conference)
glossary-review-conference-meaning = Një konferencë e mëvonshme që shikon si po shkon plani për mbrojtjen e fëmijës dhe vendos nëse nevojitet ende.
glossary-strategy-discussion-name = Diskutimi strategjik (Strategy discussion)
glossary-strategy-discussion-meaning = Një takim ose telefonatë mes punonjësit social, policisë, punonjësve të shëndetësisë dhe të tjerëve, që bëhet kur ka një shqetësim për një fëmijë, për të vendosur çfarë do të bëhet më tej.
glossary-section-47-name = Verifikimi sipas Seksionit 47 (Section 47 enquiry)
glossary-section-47-meaning = Kur bashkia shqyrton nëse një fëmijë po pëson, ose ka gjasa të pësojë, dëm të konsiderueshëm. Emri vjen nga një pjesë e Ligjit për Fëmijët të vitit 1989 (Children Act 1989). Nëse shqetësimet konfirmohen, mbahet një konferencë.

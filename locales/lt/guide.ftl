# The guide to the conference and the glossary of words used there.
# Readers: parents and carers, on the "Guide and words" screen; the glossary's first five terms
# also appear on the welcome screen. Many readers are anxious and some do not read easily:
# short sentences, plain words, a kind tone. Describe harm factually and gently, never graphically.

guide-title = Konferencijos gidas
guide-intro = Kas vyksta, kas dalyvaus ir ką reiškia vartojami žodžiai. Skaitykite tiek, kiek norite.

## Sections of the guide: a title and a few short paragraphs each

guide-who-title = Kas dalyvaus
guide-who-1 = Jūs ir žmonės, kuriuos atsivesite, kad jus palaikytų. Jūsų vaikas taip pat gali ateiti, jei jis pakankamai didelis ir to nori. Savo nuomonę jis gali išsakyti ir kitu būdu.
guide-who-2 = Pirmininkas (Chair), kuris veda susitikimą, ir žmogus, kuris užrašo, kas sakoma.
guide-who-3 = Žmonės, kurie pažįsta jūsų vaiką ir šeimą: dažniausiai socialinis darbuotojas, dažnai kas nors iš mokyklos ar darželio, bendruomenės slaugytoja (health visitor) arba mokyklos slaugytoja, jūsų šeimos gydytojas, o kartais policija ar kitos tarnybos, su kuriomis bendravote.
guide-who-4 = Visi ten yra dėl tos pačios priežasties: pagalvoti, kaip pasirūpinti, kad jūsų vaikas būtų saugus ir jam būtų gerai.

guide-chair-title = Ką daro pirmininkas
guide-chair-1 = Pirmininkas vadovauja susitikimui. Tai nepriklausomas asmuo: jis nėra dirbęs su jūsų šeima ir nėra jūsų socialinis darbuotojas.
guide-chair-2 = Prieš prasidedant susitikimui pirmininkas paprastai susitinka su jumis atskirai, kad paaiškintų, kas vyks, ir išklausytų, ką norite pasakyti.
guide-chair-3 = Susitikimo metu pirmininkas pasirūpina, kad būtų išklausyti visi, taip pat ir jūs.

guide-meeting-title = Kaip vyksta susitikimas
guide-meeting-1 = Kiekvienas prisistato ir pasako, kodėl dalyvauja.
guide-meeting-2 = Kiekvienas dalyvis papasakoja, kas, jo manymu, jūsų vaikui sekasi gerai ir kas kelia nerimą. Aptariamos jų parašytos ataskaitos.
guide-meeting-3 = Galite atsakyti, pataisyti tai, kas neteisinga, ir užduoti klausimų. Galite perskaityti tai, ką pasiruošėte, arba atiduoti tai pirmininkui.
guide-meeting-4 = Susitikimas paprastai trunka nuo vienos iki dviejų valandų. Bet kada galite paprašyti trumpos pertraukos.

guide-video-title = Susitikimai vaizdo skambučiu arba telefonu
guide-video-1 = Dabar daug konferencijų vyksta vaizdo skambučiu arba taip, kad vieni žmonės būna patalpoje, o kiti jungiasi vaizdo skambučiu ar telefonu. Kvietime turėtų būti parašyta, kaip vyks susitikimas, ir pateikta vaizdo nuoroda bei numeris prisijungti telefonu.
guide-video-2 = Paprastai jūsų prašoma prisijungti pirmiems, kad galėtumėte pasikalbėti su pirmininku atskirai, kol kiti dar neprisijungė.
guide-video-3 = Junkitės iš atskiro kambario, niekada iš viešos vietos. Jei jūsų kambaryje matomas ar girdimas kitas žmogus, pirmininkas gali turėti jį pašalinti iš skambučio. Jūsų vaikai neturėtų girdėti.
guide-video-4 = Pirmininkas paeiliui klausia kiekvieno žmogaus, o jūs galite atsakyti po kiekvieno. Jei ko nors nesuprantate arba reikia pertraukos, pasakykite pirmininkui.

guide-decide-title = Ką gali nuspręsti konferencija
guide-decide-1 = Konferencija nusprendžia, ar jūsų vaikui reikia vaiko apsaugos plano (Child Protection Plan). Taip būna, kai dalyviai mano, kad jūsų vaikas patyrė didelę žalą (significant harm) arba gali ją patirti.
guide-decide-2 = Jei planas sudaromas, konferencija taip pat nurodo, su kokia žala jis daugiausia susijęs: su fiziniu smurtu (physical abuse), emociniu smurtu (emotional abuse), seksualine prievarta (sexual abuse) ar nepriežiūra (neglect).
guide-decide-3 = Jei vaiko apsaugos plano nereikia, konferencija gali pasiūlyti pagalbos vaikui planą (Child in Need plan), kitokią pagalbą jūsų šeimai arba jokio plano.
guide-decide-4 = Konferencija nesprendžia, kur gyvena jūsų vaikas. Tai nėra teismas.

guide-core-group-title = Darbo grupė (core group)
guide-core-group-1 = Jei sudaromas vaiko apsaugos planas, nedidelė grupė susitinka, kad jis būtų įgyvendintas. Tai darbo grupė. Jūs esate jos dalis kartu su socialiniu darbuotoju ir keliais kitais žmonėmis, kurie pažįsta jūsų vaiką.
guide-core-group-2 = Darbo grupė pirmą kartą susitinka per 10 darbo dienų po konferencijos, o vėliau – reguliariai. Ji tikrina, kaip sekasi ir kokios pagalbos reikia.

guide-after-title = Po konferencijos
guide-after-1 = Per vieną darbo dieną jums turėtų pranešti, kas nuspręsta. Vėliau gausite rašytinius susitikimo užrašus (protokolą, angl. minutes). Patikrinkite juos ir praneškite pirmininkui, jei kas nors neteisinga.
guide-after-2 = Jei sudarytas planas, per 3 mėnesius vyksta peržiūros konferencija (review conference), kurioje žiūrima, kaip sekasi jį vykdyti. Vėliau tokios konferencijos vyksta ne rečiau kaip kas 6 mėnesius, kol planas galioja.
guide-after-3 = Planas baigiasi, kai konferencija nusprendžia, kad jūsų vaikui jo nebereikia.

guide-rights-title = Ko galite paprašyti
guide-rights-1 = Atsivesti ką nors su savimi: draugą, giminaitį arba atstovą (advocate).
guide-rights-2 = Vertėjo (interpreter), jei norėtumėte kalbėti savo kalba. Prieš susitikimą apie tai pasakykite socialiniam darbuotojui.
guide-rights-3 = Pamatyti ataskaitas prieš susitikimą, kad turėtumėte laiko jas perskaityti.
guide-rights-4 = Pasikalbėti su pirmininku atskirai ir padaryti pertrauką susitikimo metu.

guide-complain-title = Jei kas nors jums nepatinka
guide-complain-1 = Jei jums nepatiko, kaip vyko konferencija, arba tai, ką ji nusprendė, pirmiausia pasakykite pirmininkui arba socialiniam darbuotojui. Galbūt jie galės tai ištaisyti.
guide-complain-2 = Jei tai nepadeda: kiekviena savivaldybė (council) turi skundų dėl konferencijų nagrinėjimo tvarką. Paklauskite apie ją socialinio darbuotojo arba savivaldybėje. Atstovas gali padėti jums pateikti skundą.

guide-private-title = Kaip išsaugoti juodraščių privatumą
guide-private-1 = Jei kas nors įeina į kambarį, paspauskite „Slėpti“ ekrano viršuje. Ekranas iškart tampa tuščias, o jūsų juodraščiai užrakinami.
guide-private-2 = Tą patį padaro du kartus paspaustas klavišas Esc arba tris kartus paspaustas klavišas Shift, greitai ir be jokio kito klavišo tarp jų. Rašant tekstą taip niekada neatsitinka: bet kuris kitas klavišas, pavyzdžiui, raidė ar Tab, pradeda skaičiuoti iš naujo.
guide-private-3 = Norėdami tęsti, tuščiame ekrane paspauskite „Tęsti“, tada atrakinkite savo juodraščius.

ready-video-title = Pasiruošimas susitikimui vaizdo skambučiu
ready-phone-title = Pasiruošimas susitikimui telefonu
ready-intro = Pažymėkite kiekvieną punktą, kai jis atliktas. Žymės išsaugomos kartu su juodraščiu.
ready-private-room = Raskite atskirą kambarį, kuriame jūsų vaikai ir kiti žmonės negirdėtų susitikimo.
ready-headphones = Naudokite ausines, kad niekas šalia negirdėtų, ką sako kiti.
ready-device-charged = Dieną prieš įkraukite telefoną, planšetę ar kompiuterį ir laikykite kroviklį šalia.
ready-phone-charged = Dieną prieš įkraukite telefoną ir laikykite kroviklį šalia.
ready-link-tested = Dieną prieš išbandykite vaizdo nuorodą iš kvietimo tame įrenginyje, kurį naudosite.
ready-number-tested = Dieną prieš patikrinkite, ar turite numerį, kuriuo skambinti, ir kodą iš kvietimo, jei jis yra.
ready-camera = Patikrinkite, ar veikia kamera ir mikrofonas, ir atsisėskite taip, kad pirmininkas matytų jūsų veidą.
ready-contribution-at-hand = Turėkite savo pasisakymą atspausdintą arba atidarytą kitame įrenginyje, kad galėtumėte iš jo skaityti.
ready-call-drops = Iš anksto paprašykite socialinio darbuotojo telefono numerio, kuriuo skambintumėte, jei skambutis nutrūktų.
ready-muted = Kai nekalbate, išjunkite mikrofoną, o kai norite ką nors pasakyti, įjunkite.
ready-break = Atminkite, kad bet kada galite paprašyti pirmininko pertraukos.
ready-interpreter = Jei jums reikia vertėjo, jis taip pat gali prisijungti prie skambučio. Paprašykite socialinio darbuotojo tai suorganizuoti.

## The glossary: each term's name and what it means

glossary-title = Žodžiai, kuriuos galite išgirsti
glossary-chair-name = Pirmininkas (Chair)
glossary-chair-meaning = Žmogus, kuris veda konferenciją. Tai nepriklausomas asmuo: anksčiau jis nėra dirbęs su jūsų šeima.
glossary-coordinator-name = Vaiko apsaugos koordinatorius (Child protection coordinator)
glossary-coordinator-meaning = Savivaldybės darbuotojas, kuris organizuoja konferencijas ir pasirūpina, kad jos vyktų laiku. Kai kuriose savivaldybėse šį darbą atlieka pirmininkas.
glossary-plan-name = Vaiko apsaugos planas (Child Protection Plan)
glossary-plan-meaning = Rašytinis planas: kas turi pasikeisti, kad vaikas būtų saugus, kas padės ir iki kada. Jis tikrinamas peržiūros konferencijose.
glossary-child-in-need-name = Pagalbos vaikui planas (Child in Need plan)
glossary-child-in-need-meaning = Pagalbos ir paramos vaikui ir jo šeimai planas. Konferencija gali jį pasiūlyti, kai vaiko apsaugos plano nereikia.
glossary-core-group-name = Darbo grupė (Core group)
glossary-core-group-meaning = Nedidelė grupė, kuri susitinka po konferencijos, kad vaiko apsaugos planas būtų įgyvendintas. Jūs esate jos dalis kartu su socialiniu darbuotoju ir keliais kitais žmonėmis, kurie pažįsta jūsų vaiką.
glossary-significant-harm-name = Didelė žala (Significant harm)
glossary-significant-harm-meaning = Taip įstatymas vadina rimtą žalą vaiko sveikatai ar raidai. Konferencija svarsto, ar vaikui tokia žala buvo padaryta arba gali būti padaryta.
glossary-physical-abuse-name = Fizinis smurtas (Physical abuse)
glossary-physical-abuse-meaning = Kai vaikas tyčia sužalojamas arba gali būti sužalotas, pavyzdžiui, mušant ar purtant.
glossary-emotional-abuse-name = Emocinis smurtas (Emotional abuse)
glossary-emotional-abuse-meaning = Kai su vaiku vis elgiamasi taip, kad tai kenkia jo savijautai, savęs vertinimui ar raidai. Tai gali būti ir tada, kai vaikas mato ar girdi smurtą namuose.
glossary-sexual-abuse-name = Seksualinė prievarta (Sexual abuse)
glossary-sexual-abuse-meaning = Kai vaikas įtraukiamas į seksualinę veiklą arba jam rodoma seksualinio pobūdžio medžiaga – nesvarbu, ar jis supranta, kas vyksta.
glossary-neglect-name = Nepriežiūra (Neglect)
glossary-neglect-meaning = Kai ilgą laiką nepatenkinami pagrindiniai vaiko poreikiai, pavyzdžiui, maistas, šiluma, saugūs namai, medicininė priežiūra ar rūpestis ir dėmesys.
glossary-advocate-name = Atstovas (Advocate)
glossary-advocate-meaning = Žmogus, kuris nedirba savivaldybėje ir yra jūsų arba jūsų vaiko pusėje. Jis padeda jums pasakyti, ką manote, ir suprasti, kas vyksta.
glossary-interpreter-name = Vertėjas (Interpreter)
glossary-interpreter-meaning = Apmokytas žmogus, kuris tai, kas sakoma, išverčia į jūsų kalbą, o jūsų žodžius – į anglų kalbą, nepridėdamas savo nuomonės.
glossary-review-conference-name = Peržiūros konferencija (Review conference)
glossary-review-conference-meaning = Vėlesnė konferencija, kurioje žiūrima, kaip sekasi vykdyti vaiko apsaugos planą, ir nusprendžiama, ar jo vis dar reikia.
glossary-strategy-discussion-name = Strategijos aptarimas (Strategy discussion)
glossary-strategy-discussion-meaning = Socialinio darbuotojo, policijos, sveikatos priežiūros darbuotojų ir kitų susitikimas ar pokalbis telefonu. Jis rengiamas, kai kyla nerimas dėl vaiko, kad būtų nuspręsta, ką daryti toliau.
glossary-section-47-name = Tyrimas pagal 47 straipsnį (Section 47 enquiry)
glossary-section-47-meaning = Kai savivaldybė aiškinasi, ar vaikas patiria didelę žalą arba ar jam gresia didelė žala. Pavadinimas kilęs iš 1989 m. Vaikų įstatymo (Children Act 1989) 47 straipsnio. Jei nerimas pasitvirtina, šaukiama konferencija.

# The child's own journey. Readers: children and young people, with an advocate or another
# trusted adult beside them. Three age bands: "young" (about 5–7: very few, very simple words,
# one thing per screen), "middle" (8–11) and "older" (12 and over: a young person's wording,
# never childish). Be warm and calm. Never suggest the child has done anything wrong.

## Starting

# Button on the start screen that begins a child's own draft.
child-start-button = Pradėti rašyti vaiko nuomonę
# The name a child's draft gets when no name is given. $date: today, e.g. "Sunday 22 November 2026".
child-default-label = Mano nuomonė, pradėta { $date }
child-who-title = Prieš pradedant
child-name-label = Koks tavo vardas?
child-age-label = Kiek tau metų?
child-helper-label = Ar kas nors tau šiandien padeda?
child-helper-nobody = Ne, man niekas nepadeda
child-helper-advocate = Taip, atstovas
child-helper-social-worker = Taip, socialinis darbuotojas
child-helper-family = Taip, kas nors iš mano šeimos
child-helper-friend = Taip, draugas arba draugė
child-helper-interpreter = Taip, vertėjas
child-helper-name-label = Koks to žmogaus vardas?
# Above three buttons that choose how the questions are worded. The age sets it; it can be changed.
child-band-label = Kokie žodžiai tau labiausiai tinka?
child-band-young = 5–7 metų vaikams
child-band-middle = 8–11 metų vaikams
child-band-older = 12 metų ir vyresniems
# The big, kind button on every screen of the child's journey. It saves and goes back to the start.
child-stop = Noriu dabar sustoti
child-next = Toliau
child-back = Atgal

## What the meeting is about (one screen per paragraph for "young"; one screen for the others)

child-explain-title = Apie susitikimą
child-explain-1-young = Suaugusieji rengia susitikimą apie tave.
child-explain-2-young = Susitikimas skirtas tam, kad tau būtų saugu ir gera.
child-explain-3-young = Jis nėra tam, kad tave paimtų iš šeimos.
child-explain-4-young = Ten bus tavo šeima ir kiti žmonės, pavyzdžiui, tavo mokytoja ir socialinis darbuotojas.
child-explain-5-young = Gali ten nueiti, arba kas nors gali jiems pasakyti, ką tu galvoji. Arba gali nieko nesakyti. Bet kuris pasirinkimas yra gerai.
child-explain-1-middle = Suaugusieji, kurie pažįsta tavo šeimą, rengia susitikimą. Jis vadinamas vaiko apsaugos konferencija.
child-explain-2-middle = Susitikime kalbama apie tai, kaip pasirūpinti, kad tau būtų saugu ir gera. Jis nėra tam, kad tave paimtų iš šeimos.
child-explain-3-middle = Ten bus tavo tėvai ar globėjai ir tokie žmonės kaip tavo socialinis darbuotojas, mokytojas ir mokyklos slaugytoja. Susitikimą veda žmogus, vadinamas pirmininku (Chair). Jis rūpinasi, kad būtų išklausyti visi.
child-explain-4-middle = Gali dalyvauti visame susitikime arba tik jo dalyje. Atstovas gali kalbėti už tave. Gali nusiųsti savo nuomonę, pavyzdžiui, piešinį ar šį puslapį. Arba gali nieko nesakyti. Bet koks pasirinkimas yra gerai.
child-explain-5-middle = Tai, ką čia parašai, yra tavo. Tu renkiesi, ką pamatys susitikimo dalyviai.
child-explain-1-older = Suaugusieji, kurie dirba su tavo šeima, susitinka pasikalbėti apie tai, kaip sekasi namie. Tai vadinama vaiko apsaugos konferencija.
child-explain-2-older = Konferencija sprendžia, ar tau reikia vaiko apsaugos plano (Child Protection Plan): rašytinio plano, kas padės užtikrinti tavo saugumą ir kas ką darys. Ji nėra tam, kad tave paimtų iš šeimos, ir tai nėra teismas.
child-explain-3-older = Ten bus tavo tėvai ar globėjai ir specialistai, pavyzdžiui, tavo socialinis darbuotojas, mokykla, sveikatos darbuotojai, o kartais ir policija. Ją veda nepriklausomas žmogus, vadinamas pirmininku (Chair).
child-explain-4-older = Gali dalyvauti visoje konferencijoje arba jos dalyje, paprašyti atstovo kalbėti už tave, nusiųsti savo nuomonę raštu ar piešiniu arba nuspręsti nedalyvauti. Visi šie pasirinkimai yra gerai, ir tu gali persigalvoti.
child-explain-5-older = Viskas, ką čia parašysi, liks privatu, nebent nuspręsi tuo pasidalyti.

## The three houses

# The three houses' usual names. A child can rename each one.
child-house-good = Gerų dalykų namas
child-house-worries = Rūpesčių namas
child-house-wishes = Norų ir svajonių namas
child-house-rename-label = Gali šiam namui duoti kitą pavadinimą
child-house-symbol-label = Išsirink paveikslėlį šiam namui
child-symbol-sun = Saulė
child-symbol-star = Žvaigždė
child-symbol-heart = Širdis
child-symbol-cloud = Debesėlis
child-symbol-rainbow = Vaivorykštė
child-symbol-tree = Medis
child-house-good-prompt-young = Kas tave džiugina?
child-house-good-prompt-middle = Kokie geri dalykai yra tavo gyvenime? Kokie žmonės ir dalykai tave džiugina?
child-house-good-prompt-older = Kas tau sekasi gerai, namie, mokykloje ar kur nors kitur?
child-house-worries-prompt-young = Ar kas nors tave liūdina ar gąsdina?
child-house-worries-prompt-middle = Ar kas nors tave neramina, liūdina, gąsdina ar pykdo?
child-house-worries-prompt-older = Kas tave neramina arba ką norėtum pakeisti?
child-house-wishes-prompt-young = Jei turėtum stebuklingą lazdelę, ko norėtum?
child-house-wishes-prompt-middle = Kokie tavo norai ir svajonės? Kas padarytų viską geriau?
child-house-wishes-prompt-older = Ko norėtum, kad įvyktų dabar ir ateityje?
child-write-label = Rašyk čia, jei nori
child-draw-label = Piešk čia, jei nori
child-draw-hint = Naudok pelę, pirštą arba rašiklį.
child-draw-colour = Spalva
child-colour-black = Juoda
child-colour-red = Raudona
child-colour-blue = Mėlyna
child-colour-green = Žalia
child-colour-yellow = Geltona
child-draw-eraser = Trintukas
child-draw-undo = Atšaukti
child-draw-clear = Pradėti piešinį iš naujo
child-draw-stamps-label = Arba įdėk paveikslėlį į savo piešinį
child-stamp-sun = Saulė
child-stamp-heart = Širdis
child-stamp-house = Namas
child-stamp-person = Žmogus
child-draw-keys-hint = Pasirink paveikslėlį, tada spustelėk arba paliesk vietą, kur jis turi būti. Neturi pelės? Paspausk Tab, kad patektum į piešinį, judėk rodyklėmis, tada paspausk Enter arba tarpo klavišą.
child-draw-canvas = Tavo piešinys

## More about you

child-people-title = Man svarbūs žmonės
child-people-prompt-young = Kas tau labai brangus?
child-people-prompt-middle = Kas yra svarbūs žmonės tavo gyvenime?
child-people-prompt-older = Kas tau svarbus ir pas ką eini, kai tau reikia pagalbos?
child-know-title = Ką noriu, kad žinotų susitikimo dalyviai
child-know-prompt-young = Ką nori, kad suaugusieji žinotų?
child-know-prompt-middle = Ką nori, kad žinotų žmonės susitikime?
child-know-prompt-older = Ką labiausiai nori, kad išgirstų susitikimo dalyviai?
child-happen-title = Ko norėčiau, kad įvyktų
child-happen-prompt-young = Kas padarytų, kad tau būtų geriau?
child-happen-prompt-middle = Ko norėtum, kad įvyktų po susitikimo?
child-happen-prompt-older = Ko norėtum, kad susitikimas nuspręstų arba kad žmonės padarytų?
child-part-title = Susitikimas ir aš
child-part-question = Ar nori eiti į susitikimą?
child-part-all = Taip, į visą
child-part-some = Taip, į dalį
child-part-advocate = Ne, bet noriu, kad atstovas kalbėtų už mane
child-part-views = Ne, bet noriu, kad jie pamatytų mano nuomonę
child-part-none = Ne, ir nenoriu nieko sakyti. Tai gerai.
child-part-unsure = Dar nežinau
child-part-words-label = Dar kas nors apie susitikimą?

## Choosing what to share

child-share-title = Ką gali pamatyti susitikimo dalyviai?
child-share-intro = Tu renkiesi. Viskas, kam pasakysi „ne“, liks privatu. Niekas susitikime to nepamatys.
child-share-yes = Taip, jie gali tai pamatyti
child-share-no = Ne, tegul lieka privatu
child-share-drawing = Tavo piešinys
child-share-nothing = Dar nieko neparašei ir nenupiešei. Tai gerai.
child-make-pdf = Padaryti mano puslapį
child-pdf-made = Tavo puslapis paruoštas. Jame yra tik tai, kuo nusprendei pasidalyti.

## The child's PDF ("My views for my meeting")

child-pdf-title = Mano nuomonė mano susitikimui
child-pdf-name = Mano vardas
child-pdf-age = Mano amžius
child-pdf-date = Sukurta
child-pdf-helped = Kas man padėjo
# $role is one of the helper words above, without "Yes, "; $name is the helper's name.
child-pdf-helper-with-name = { $role }: { $name }
child-pdf-helper-advocate = Atstovas
child-pdf-helper-social-worker = Socialinis darbuotojas
child-pdf-helper-family = Kas nors iš mano šeimos
child-pdf-helper-friend = Draugas arba draugė
child-pdf-helper-interpreter = Vertėjas
child-pdf-helper-nobody = Niekas, viską padariau savarankiškai
child-pdf-taking-part = Kaip noriu dalyvauti
child-pdf-nothing-shared = Šį kartą nusprendžiau savo nuomonę pasilikti sau.

# The questions of the parent's journey, one part per screen. Also printed in the PDF.
# Readers: parents and carers. A question is a gentle invitation, never a demand.
# A `.hint` is shown in smaller type under its question, on screen only.

# Above each part's heading. $number is this part, $total how many parts there are.
progress-part = { $number } dalis iš { $total }

## Part 1

part-strengths-title = Kas sekasi gerai
part-strengths-intro = Kiekviena šeima turi dalykų, kurie jai sekasi gerai. Čia galite apie juos papasakoti susitikimo dalyviams.
prompt-strengths-family = Kokios yra jūsų šeimos stipriosios pusės?
    .hint = Pavyzdžiui: žmonės, kurie vieni kitus myli ir vieni kitiems padeda, gerai veikianti dienotvarkė, dalykai, kuriuos mėgstate daryti kartu.
prompt-strengths-parenting = Ką gerai darote kaip tėvai ar globėjai?
    .hint = Pagalvokite apie kasdienius dalykus: valgį, mokyklą, ėjimą miegoti, vaiko paguodimą, kai jis nusiminęs.
prompt-strengths-known = Ką gero norėtumėte, kad specialistai žinotų apie jus ir jūsų šeimą?

## Part 2

part-worries-title = Rūpesčiai ir sunkumai
part-worries-intro = Rašyti apie rūpesčius gali būti sunku. Parašykite tiek, kiek norite – daug ar mažai.
prompt-worries-change = Kas turėtų pasikeisti (jei apskritai kas nors), kad jūsų vaikas būtų saugus?
prompt-worries-difficulties = Ar šiuo metu susiduriate su kokiais nors sunkumais?
    .hint = Pavyzdžiui: pinigai, būstas, sveikata, darbas ar santykiai.

## Part 3

part-support-title = Pagalba ir parama
part-support-intro = Po konferencijos daugeliui šeimų pasiūloma pagalba, kartais kaip pagalbos vaikui plano arba vaiko apsaugos plano dalis. Galite pasakyti, kas jūsų šeimai iš tikrųjų padėtų.
prompt-support-needed = Ar jūsų šeimai reikia kokios nors pagalbos ar paslaugų?
    .hint = Pavyzdžiui: pagalbos auginant vaikus, sveikatos, būsto ar pinigų klausimais, vietos darželyje ar žmogaus, su kuriuo galėtumėte pasikalbėti.
prompt-support-difference = Kaip tai padėtų pakeisti jūsų vaiko gyvenimą į gerąją pusę?

## Part 4

part-next-steps-title = Kas turėtų vykti toliau
part-next-steps-intro = Susitikimo pabaigoje konferencija nusprendžia, ar jūsų vaikui reikia vaiko apsaugos plano ir kas turėtų vykti toliau. Jūsų mintys svarbios.
prompt-next-steps-after = Kas, jūsų nuomone, turėtų vykti po konferencijos?
prompt-next-steps-better = Ką jūs ar kiti žmonės galėtumėte padaryti, kad būtų geriau?

## Part 5

part-reports-title = Ataskaitos
part-reports-intro = Prieš susitikimą žmonės, kurie dirba su jūsų šeima, turėtų jums atsiųsti savo ataskaitas. Jei jas perskaitėte, čia galite parašyti, ką apie jas manote, o susitikime pasakyti tai pirmininkui.
prompt-reports-agree = Su kuo ataskaitose sutinkate?
prompt-reports-disagree = Su kuo nesutinkate?
prompt-reports-wrong = Ar kas nors ataskaitose yra neteisinga?
    .hint = Pavyzdžiui, neteisinga data, vardas ar faktas. Parašykite, kurioje ataskaitoje tai yra ir kaip yra iš tikrųjų.

## Part 6

part-scale-title = Kiek saugu yra dabar?
part-scale-intro = Konferencijose dažnai naudojama skalė nuo 0 iki 10. Pasirinktas skaičius padeda visiems suprasti, kaip, jūsų manymu, viskas klostosi.
# Shown above eleven choices, 0 to 10.
scale-question = Skalėje nuo 0 iki 10, kur 10 reiškia, kad visi tikri, jog vaikai saugūs, kaip dabar įvertintumėte padėtį?
scale-low = 0 reiškia labai didelį nerimą
scale-high = 10 reiškia, kad visi tikri, jog vaikai saugūs
scale-not-sure = Nenoriu rinktis skaičiaus
prompt-scale-why = Kodėl pasirinkote šį skaičių?
    .hint = Taip pat galite parašyti, kas jį priartintų vienu žingsniu prie 10.

# The questions of the parent's journey, one part per screen. Also printed in the PDF.
# Readers: parents and carers. A question is a gentle invitation, never a demand.
# A `.hint` is shown in smaller type under its question, on screen only.

# Above each part's heading. $number is this part, $total how many parts there are.
progress-part = Qaybta { $number } ee { $total }

## Part 1

part-strengths-title = Waxa si fiican u socda
part-strengths-intro = Qoys kastaa wuxuu leeyahay waxyaabo uu si fiican u qabto. Tani waa fursaddaada aad shirka uga warrami karto.
prompt-strengths-family = Waa maxay dhinacyada wanaagsan ee qoyskaaga?
    .hint = Tusaale ahaan: dad is jecel oo is caawiya, nidaam maalinle ah oo shaqeeya, waxyaabo aad wada jeceshihiin.
prompt-strengths-parenting = Maxaad si fiican u qabataa adigoo ah waalid ama daryeele?
    .hint = Ka fikir waxyaabaha maalin kasta: cuntada, dugsiga, waqtiga hurdada, iyo sida aad u dejiso ilmahaaga marka uu ka xun yahay.
prompt-strengths-known = Waa maxay waxyaabaha wanaagsan ee aad jeclaan lahayd in xirfadlayaashu ka ogaadaan adiga iyo qoyskaaga?

## Part 2

part-worries-title = Walwalka iyo dhibaatooyinka
part-worries-intro = Way adkaan kartaa in wax laga qoro walwalka. Sheeg inta aad doonto, wax badan ama wax yar.
prompt-worries-change = Haddii ay jiraan, waa maxay waxyaabaha u baahan in la beddelo si ilmahaagu u ammaan ahaado?
prompt-worries-difficulties = Ma jiraan dhibaatooyin aad hadda la kulmayso?
    .hint = Tusaale ahaan: lacag, guri, caafimaad, shaqo, ama xiriirka dadka.

## Part 3

part-support-title = Caawimaad iyo taageero
part-support-intro = Qoysas badan ayaa la siiyaa caawimaad shirka kadib, mararka qaarkood iyadoo qayb ka ah Qorshaha Ilmaha U Baahan Caawimaad ama Qorshaha Ilaalinta Ilmaha. Waxaad sheegi kartaa waxa runtii caawin lahaa qoyskaaga.
prompt-support-needed = Qoyskaagu ma u baahan yahay caawimaad ama adeegyo?
    .hint = Tusaale ahaan: caawimaad xagga barbaarinta, caafimaadka, guriga ama lacagta, meel xannaano carruureed (nursery), ama qof aad la hadasho.
prompt-support-difference = Sidee ayay caawimaaddaasi wax uga beddeli lahayd nolosha ilmahaaga?

## Part 4

part-next-steps-title = Waxa ay tahay inay xigaan
part-next-steps-intro = Dhammaadka kulanka, shirku wuxuu go'aamiyaa in ilmahaagu u baahan yahay Qorshaha Ilaalinta Ilmaha iyo in kale, iyo waxa ay tahay in la sameeyo marka xigta. Fikradahaagu waa muhiim.
prompt-next-steps-after = Maxaad u malaynaysaa inay tahay in la sameeyo shirka kadib?
prompt-next-steps-better = Maxaad adigu samayn kartaa, maxayse dad kale samayn karaan, si xaaladdu u fiicnaato?

## Part 5

part-reports-title = Warbixinnada
part-reports-intro = Kulanka ka hor, waa in laguu soo diraa warbixinnada ay qoreen dadka la shaqeeya qoyskaaga. Haddii aad akhriday, halkan waxaad ku sheegi kartaa fikraddaada, kulanka dhexdiisana waxaad u sheegi kartaa Guddoomiyaha.
prompt-reports-agree = Maxaad ku raacsan tahay warbixinnada?
prompt-reports-disagree = Maxaadan ku raacsanayn?
prompt-reports-wrong = Warbixinnada ma ku jiraan wax khaldan?
    .hint = Tusaale ahaan taariikh, magac ama xaqiiq khaldan. Sheeg warbixinta uu ku jiro, iyo waxa saxda ah.

## Part 6

part-scale-title = Intee bay arrimuhu hadda ammaan yihiin?
part-scale-intro = Shirarku inta badan waxay isticmaalaan cabbir 0 ilaa 10 ah. Markaad tiro doorato, qof kastaa wuxuu arkaa sida aad u aragto in arrimuhu u socdaan.
# Shown above eleven choices, 0 to 10.
scale-question = Cabbir 0 ilaa 10 ah, halkaas oo 10 ay ka dhigan tahay in qof kastaa hubo in carruurtu ammaan yihiin, xaggee ayaad hadda dhigi lahayd arrimaha?
scale-low = 0 waxay ka dhigan tahay walwal aad u weyn
scale-high = 10 waxay ka dhigan tahay in qof kastaa hubo in carruurtu ammaan yihiin
scale-not-sure = Waxaan door bidayaa inaanan tiro dooran
prompt-scale-why = Maxaad tiradan u dooratay?
    .hint = Waxaad sidoo kale sheegi kartaa waxa tiradan hal tallaabo u soo dhowaysiin lahaa 10.

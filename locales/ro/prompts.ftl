# The questions of the parent's journey, one part per screen. Also printed in the PDF.
# Readers: parents and carers. A question is a gentle invitation, never a demand.
# A `.hint` is shown in smaller type under its question, on screen only.

# Above each part's heading. $number is this part, $total how many parts there are.
progress-part = Partea { $number } din { $total }

## Part 1

part-strengths-title = Ce merge bine
part-strengths-intro = Fiecare familie are lucruri pe care le face bine. Acum puteți să le spuneți celor de la întâlnire despre ele.
prompt-strengths-family = Care sunt punctele tari ale familiei dumneavoastră?
    .hint = De exemplu: oameni care se iubesc și se ajută, obiceiuri care funcționează, lucruri pe care vă place să le faceți împreună.
prompt-strengths-parenting = Ce faceți bine ca părinte sau ca persoană care îngrijește copilul?
    .hint = Gândiți-vă la lucrurile de zi cu zi: mesele, școala, ora de culcare, cum vă liniștiți copilul când este supărat.
prompt-strengths-known = Ce lucruri bune vreți să știe specialiștii despre dumneavoastră și familia dumneavoastră?

## Part 2

part-worries-title = Griji și greutăți
part-worries-intro = Poate fi greu să scrieți despre griji. Spuneți cât doriți, mult sau puțin.
prompt-worries-change = Ce ar trebui să se schimbe, dacă e cazul, ca copilul să fie în siguranță?
prompt-worries-difficulties = Aveți greutăți în această perioadă?
    .hint = De exemplu: bani, locuință, sănătate, muncă sau relații.

## Part 3

part-support-title = Ajutor și sprijin
part-support-intro = Multe familii primesc ajutor după o conferință, uneori ca parte dintr-un plan pentru copilul aflat în nevoie sau dintr-un plan de protecție a copilului. Puteți spune ce ar ajuta cu adevărat familia dumneavoastră.
prompt-support-needed = Are familia dumneavoastră nevoie de ajutor sau de anumite servicii?
    .hint = De exemplu: ajutor cu creșterea copiilor, cu sănătatea, locuința sau banii, un loc la grădiniță sau cineva cu care să vorbiți.
prompt-support-difference = Cum ar schimba acest ajutor lucrurile pentru copilul dumneavoastră?

## Part 4

part-next-steps-title = Ce ar trebui să urmeze
part-next-steps-intro = La sfârșitul întâlnirii, conferința hotărăște dacă copilul are nevoie de un plan de protecție a copilului și ce ar trebui să urmeze. Ideile dumneavoastră contează.
prompt-next-steps-after = Ce credeți că ar trebui să se întâmple după conferință?
prompt-next-steps-better = Ce ați putea face dumneavoastră sau alte persoane ca lucrurile să meargă mai bine?

## Part 5

part-reports-title = Rapoartele
part-reports-intro = Înainte de întâlnire ar trebui să primiți rapoartele scrise de oamenii care lucrează cu familia dumneavoastră. Dacă le-ați citit, puteți scrie aici ce credeți despre ele și îi puteți spune președintelui conferinței la întâlnire.
prompt-reports-agree = Cu ce sunteți de acord din rapoarte?
prompt-reports-disagree = Cu ce nu sunteți de acord?
prompt-reports-wrong = Este ceva greșit în rapoarte?
    .hint = De exemplu o dată, un nume sau un fapt greșit. Spuneți în ce raport este și care este varianta corectă.

## Part 6

part-scale-title = Cât de în siguranță sunt copiii acum?
part-scale-intro = La conferințe se folosește des o scară de la 0 la 10. Când alegeți un număr, toți înțeleg mai ușor cum vedeți dumneavoastră lucrurile.
# Shown above eleven choices, 0 to 10.
scale-question = Pe o scară de la 0 la 10, unde 10 înseamnă că toată lumea este convinsă că copiii sunt în siguranță, unde ați pune lucrurile acum?
scale-low = 0 înseamnă griji foarte mari
scale-high = 10 înseamnă că toată lumea este convinsă că copiii sunt în siguranță
scale-not-sure = Prefer să nu aleg un număr
prompt-scale-why = De ce ați ales acest număr?
    .hint = Puteți spune și ce ar face ca numărul să urce cu un pas mai aproape de 10.

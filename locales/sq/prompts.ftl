# The questions of the parent's journey, one part per screen. Also printed in the PDF.
# Readers: parents and carers. A question is a gentle invitation, never a demand.
# A `.hint` is shown in smaller type under its question, on screen only.

# Above each part's heading. $number is this part, $total how many parts there are.
progress-part = Pjesa { $number } nga { $total }

## Part 1

part-strengths-title = Çfarë po shkon mirë
part-strengths-intro = Çdo familje ka gjëra që i bën mirë. Kjo është mundësia juaj për t'ua treguar atyre që janë në takim.
prompt-strengths-family = Cilat janë pikat e forta të familjes suaj?
    .hint = Për shembull: njerëz që e duan dhe e ndihmojnë njëri-tjetrin, rutina që funksionojnë, gjëra që ju pëlqen t'i bëni bashkë.
prompt-strengths-parenting = Çfarë bëni mirë si prind ose si kujdestar?
    .hint = Mendoni për gjërat e përditshme: vaktet e ngrënies, shkollën, orën e gjumit, si e qetësoni fëmijën kur është i mërzitur.
prompt-strengths-known = Çfarë gjërash të mira doni që profesionistët të dinë për ju dhe familjen tuaj?

## Part 2

part-worries-title = Shqetësime dhe vështirësi
part-worries-intro = Mund të jetë e vështirë të shkruani për shqetësimet. Thoni sa të doni, pak ose shumë.
prompt-worries-change = Çfarë duhet të ndryshojë, nëse duhet të ndryshojë diçka, që fëmija juaj të jetë i sigurt?
prompt-worries-difficulties = A keni ndonjë vështirësi në këtë kohë?
    .hint = Për shembull: me paratë, banesën, shëndetin, punën ose marrëdhëniet.

## Part 3

part-support-title = Ndihmë dhe mbështetje
part-support-intro = Shumë familjeve u ofrohet ndihmë pas një konference, ndonjëherë si pjesë e një plani për fëmijën në nevojë ose e një plani për mbrojtjen e fëmijës. Mund të thoni se çfarë do ta ndihmonte vërtet familjen tuaj.
prompt-support-needed = A ka nevojë familja juaj për ndonjë ndihmë ose shërbim?
    .hint = Për shembull: ndihmë për rritjen e fëmijëve, për shëndetin, banesën ose paratë, një vend në çerdhe, ose dikë me të cilin të flisni.
prompt-support-difference = Si do ta ndihmonte kjo që gjërat të ndryshojnë për fëmijën tuaj?

## Part 4

part-next-steps-title = Çfarë duhet të ndodhë më pas
part-next-steps-intro = Në fund të takimit, konferenca vendos nëse fëmija juaj ka nevojë për një plan për mbrojtjen e fëmijës, dhe çfarë duhet të ndodhë më pas. Idetë tuaja kanë rëndësi.
prompt-next-steps-after = Çfarë mendoni se duhet të ndodhë pas konferencës?
prompt-next-steps-better = Çfarë mund të bëni ju, ose njerëz të tjerë, që gjërat të shkojnë më mirë?

## Part 5

part-reports-title = Raportet
part-reports-intro = Para takimit duhet t'ju dërgohen raportet nga njerëzit që punojnë me familjen tuaj. Nëse i keni lexuar, mund të shkruani këtu çfarë mendoni, dhe t'ia thoni kryesuesit të konferencës në takim.
prompt-reports-agree = Me çfarë jeni dakord në raporte?
prompt-reports-disagree = Me çfarë nuk jeni dakord?
prompt-reports-wrong = A ka diçka të gabuar në raporte?
    .hint = Për shembull një datë, një emër ose një fakt i gabuar. Thoni në cilin raport është, dhe cila është e vërteta.

## Part 6

part-scale-title = Sa të sigurt janë fëmijët tani?
part-scale-intro = Në konferenca shpesh përdoret një shkallë nga 0 deri në 10. Kur zgjidhni një numër, të gjithë e kuptojnë më mirë si mendoni se po shkojnë gjërat.
# Shown above eleven choices, 0 to 10.
scale-question = Në një shkallë nga 0 deri në 10, ku 10 do të thotë që të gjithë janë të bindur se fëmijët janë të sigurt, ku do t'i vendosnit gjërat tani?
scale-low = 0 do të thotë shumë shqetësim
scale-high = 10 do të thotë që të gjithë janë të bindur se fëmijët janë të sigurt
scale-not-sure = Preferoj të mos zgjedh një numër
prompt-scale-why = Pse e zgjodhët këtë numër?
    .hint = Mund të thoni edhe çfarë do ta çonte numrin një hap më afër numrit 10.

# The child's own journey. Readers: children and young people, with an advocate or another
# trusted adult beside them. Three age bands: "young" (about 5–7: very few, very simple words,
# one thing per screen), "middle" (8–11) and "older" (12 and over: a young person's wording,
# never childish). Be warm and calm. Never suggest the child has done anything wrong.

## Starting

# Button on the start screen that begins a child's own draft.
child-start-button = Zacznij zapisywać zdanie dziecka
# The name a child's draft gets when no name is given. $date: today, e.g. "Sunday 22 November 2026".
child-default-label = Moje zdanie, zaczęte { $date }
child-who-title = Zanim zaczniemy
child-name-label = Jak masz na imię?
child-age-label = Ile masz lat?
child-helper-label = Czy ktoś ci dzisiaj pomaga?
child-helper-nobody = Nie, nikt mi nie pomaga
child-helper-advocate = Tak, rzecznik
child-helper-social-worker = Tak, pracownik socjalny
child-helper-family = Tak, ktoś z mojej rodziny
child-helper-friend = Tak, przyjaciel lub przyjaciółka
child-helper-interpreter = Tak, tłumacz
child-helper-name-label = Jak ta osoba ma na imię?
# Above three buttons that choose how the questions are worded. The age sets it; it can be changed.
child-band-label = Które słowa najbardziej ci pasują?
child-band-young = Dla dzieci od 5 do 7 lat
child-band-middle = Dla dzieci od 8 do 11 lat
child-band-older = Dla osób od 12 lat
# The big, kind button on every screen of the child's journey. It saves and goes back to the start.
child-stop = Chcę teraz przestać
child-next = Dalej
child-back = Wstecz

## What the meeting is about (one screen per paragraph for "young"; one screen for the others)

child-explain-title = O spotkaniu
child-explain-1-young = Dorośli mają spotkanie o tobie.
child-explain-2-young = To spotkanie ma pomóc, żeby było ci bezpiecznie i dobrze.
child-explain-3-young = Nie chodzi o to, żeby zabrać cię od rodziny.
child-explain-4-young = Będzie tam twoja rodzina i inne osoby, na przykład twoja pani ze szkoły i pracownik socjalny.
child-explain-5-young = Możesz tam pójść albo ktoś może im powiedzieć, co myślisz. Możesz też nic nie mówić. Każda z tych rzeczy jest w porządku.
child-explain-1-middle = Dorośli, którzy znają twoją rodzinę, mają spotkanie. Nazywa się ono konferencją w sprawie ochrony dziecka.
child-explain-2-middle = Na spotkaniu rozmawia się o tym, jak zadbać o to, żeby było ci bezpiecznie i dobrze. Nie chodzi o to, żeby zabrać cię od rodziny.
child-explain-3-middle = Będą tam twoi rodzice lub opiekunowie i takie osoby jak twój pracownik socjalny, nauczyciel i pielęgniarka szkolna. Spotkanie prowadzi osoba nazywana przewodniczącym (Chair). Dba o to, żeby każdego wysłuchano.
child-explain-4-middle = Możesz być na całym spotkaniu albo na jego części. Rzecznik może mówić w twoim imieniu. Możesz wysłać swoje zdanie, na przykład rysunek albo tę stronę. Możesz też nic nie mówić. Każdy wybór jest w porządku.
child-explain-5-middle = To, co tu napiszesz, należy do ciebie. Ty wybierasz, co zobaczą osoby na spotkaniu.
child-explain-1-older = Dorośli, którzy pracują z twoją rodziną, spotykają się, żeby porozmawiać o tym, jak jest w domu. Takie spotkanie nazywa się konferencją w sprawie ochrony dziecka.
child-explain-2-older = Konferencja decyduje, czy potrzebujesz planu ochrony dziecka (Child Protection Plan): spisanego planu tego, co pomoże zapewnić ci bezpieczeństwo, i tego, kto co zrobi. Nie chodzi o zabranie cię od rodziny i to nie jest sąd.
child-explain-3-older = Będą tam twoi rodzice lub opiekunowie oraz specjaliści, na przykład twój pracownik socjalny, szkoła, pracownicy służby zdrowia, a czasem policja. Spotkanie prowadzi niezależna osoba nazywana przewodniczącym (Chair).
child-explain-4-older = Możesz być na całym spotkaniu albo na jego części, poprosić rzecznika, żeby mówił w twoim imieniu, wysłać swoje zdanie na piśmie lub jako rysunek albo nie brać udziału. Każda z tych dróg jest w porządku i możesz zmienić zdanie.
child-explain-5-older = Wszystko, co tu napiszesz, zostaje prywatne, chyba że zdecydujesz się tym podzielić.

## The three houses

# The three houses' usual names. A child can rename each one.
child-house-good = Dom dobrych rzeczy
child-house-worries = Dom zmartwień
child-house-wishes = Dom życzeń i marzeń
child-house-rename-label = Możesz nazwać ten dom inaczej
child-house-symbol-label = Wybierz obrazek dla tego domu
child-symbol-sun = Słońce
child-symbol-star = Gwiazda
child-symbol-heart = Serce
child-symbol-cloud = Chmurka
child-symbol-rainbow = Tęcza
child-symbol-tree = Drzewo
child-house-good-prompt-young = Co cię cieszy?
child-house-good-prompt-middle = Jakie dobre rzeczy są w twoim życiu? Kto i co sprawia, że jest ci dobrze?
child-house-good-prompt-older = Co idzie ci dobrze, w domu, w szkole albo gdzie indziej?
child-house-worries-prompt-young = Czy coś cię smuci albo straszy?
child-house-worries-prompt-middle = Czy coś cię martwi albo sprawia, że jest ci smutno, że się boisz albo złościsz?
child-house-worries-prompt-older = Co cię martwi albo co chcesz, żeby było inaczej?
child-house-wishes-prompt-young = Masz czarodziejską różdżkę. Czego sobie życzysz?
child-house-wishes-prompt-middle = Jakie masz życzenia i marzenia? Co by sprawiło, że byłoby lepiej?
child-house-wishes-prompt-older = Co chcesz, żeby się wydarzyło, teraz i w przyszłości?
child-write-label = Napisz tutaj, jeśli chcesz
child-draw-label = Narysuj tutaj, jeśli chcesz
child-draw-hint = Użyj myszki, palca albo rysika.
child-draw-colour = Kolor
child-colour-black = Czarny
child-colour-red = Czerwony
child-colour-blue = Niebieski
child-colour-green = Zielony
child-colour-yellow = Żółty
child-draw-eraser = Gumka
child-draw-undo = Cofnij
child-draw-clear = Zacznij rysunek od nowa
child-draw-stamps-label = Albo dodaj obrazek do swojego rysunku
child-stamp-sun = Słońce
child-stamp-heart = Serce
child-stamp-house = Dom
child-stamp-person = Człowiek
child-draw-keys-hint = Wybierz obrazek, a potem kliknij albo dotknij miejsca, gdzie ma być. Nie masz myszki? Naciśnij Tab, żeby przejść do rysunku, przesuwaj strzałkami, a potem naciśnij Enter albo spację.
child-draw-canvas = Twój rysunek

## More about you

child-people-title = Ludzie, którzy są dla mnie ważni
child-people-prompt-young = Kto jest dla ciebie wyjątkowy?
child-people-prompt-middle = Kim są ważne osoby w twoim życiu?
child-people-prompt-older = Kto jest dla ciebie ważny i do kogo idziesz, kiedy potrzebujesz pomocy?
child-know-title = Co chcę, żeby wiedzieli na spotkaniu
child-know-prompt-young = Co chcesz, żeby dorośli wiedzieli?
child-know-prompt-middle = Co chcesz, żeby wiedziały osoby na spotkaniu?
child-know-prompt-older = Co najbardziej chcesz, żeby usłyszały osoby na spotkaniu?
child-happen-title = Co chcę, żeby się stało
child-happen-prompt-young = Co by sprawiło, że będzie ci lepiej?
child-happen-prompt-middle = Co chcesz, żeby się stało po spotkaniu?
child-happen-prompt-older = Co chcesz, żeby spotkanie postanowiło albo żeby ludzie zrobili?
child-part-title = Spotkanie i ja
child-part-question = Czy chcesz pójść na spotkanie?
child-part-all = Tak, na całe
child-part-some = Tak, na część
child-part-advocate = Nie, ale chcę, żeby rzecznik mówił w moim imieniu
child-part-views = Nie, ale chcę, żeby zobaczyli moje zdanie
child-part-none = Nie i nie chcę nic mówić. To jest w porządku.
child-part-unsure = Jeszcze nie wiem
child-part-words-label = Coś jeszcze o spotkaniu?

## Choosing what to share

child-share-title = Co mogą zobaczyć osoby na spotkaniu?
child-share-intro = Ty wybierasz. Wszystko, przy czym powiesz „nie”, zostaje prywatne. Nikt na spotkaniu tego nie zobaczy.
child-share-yes = Tak, mogą to zobaczyć
child-share-no = Nie, niech zostanie prywatne
child-share-drawing = Twój rysunek
child-share-nothing = Nie ma tu jeszcze nic napisanego ani narysowanego. To jest w porządku.
child-make-pdf = Zrób moją stronę
child-pdf-made = Twoja strona jest gotowa. Jest na niej tylko to, co chcesz pokazać.

## The child's PDF ("My views for my meeting")

child-pdf-title = Moje zdanie na moje spotkanie
child-pdf-name = Moje imię
child-pdf-age = Mój wiek
child-pdf-date = Data
child-pdf-helped = Kto mi pomógł
# $role is one of the helper words above, without "Yes, "; $name is the helper's name.
child-pdf-helper-with-name = { $role }: { $name }
child-pdf-helper-advocate = Rzecznik
child-pdf-helper-social-worker = Pracownik socjalny
child-pdf-helper-family = Ktoś z mojej rodziny
child-pdf-helper-friend = Przyjaciel lub przyjaciółka
child-pdf-helper-interpreter = Tłumacz
child-pdf-helper-nobody = Nikt, to moja własna praca
child-pdf-taking-part = Jak chcę wziąć udział
child-pdf-nothing-shared = Tym razem chcę, żeby moje zdanie zostało prywatne.

# The guide to the conference and the glossary of words used there.
# Readers: parents and carers, on the "Guide and words" screen; the glossary's first five terms
# also appear on the welcome screen. Many readers are anxious and some do not read easily:
# short sentences, plain words, a kind tone. Describe harm factually and gently, never graphically.

guide-title = Przewodnik po konferencji
guide-intro = Co się dzieje, kto będzie obecny i co znaczą używane słowa. Przeczytaj tyle, ile chcesz.

## Sections of the guide: a title and a few short paragraphs each

guide-who-title = Kto będzie na spotkaniu
guide-who-1 = Ty i każdy, kogo weźmiesz ze sobą dla wsparcia. Twoje dziecko też może przyjść, jeśli jest wystarczająco duże i chce. Może też przekazać swoje zdanie w inny sposób.
guide-who-2 = Przewodniczący (Chair), który prowadzi spotkanie, oraz osoba, która zapisuje, co zostało powiedziane.
guide-who-3 = Osoby, które znają Twoje dziecko i Twoją rodzinę: zwykle pracownik socjalny, często ktoś ze szkoły lub przedszkola, pielęgniarka środowiskowa (health visitor) lub pielęgniarka szkolna, Twój lekarz rodzinny, a czasem policja lub inne służby, z którymi masz kontakt.
guide-who-4 = Wszyscy są tam z tego samego powodu: żeby zastanowić się, jak zadbać o bezpieczeństwo i dobro Twojego dziecka.

guide-chair-title = Czym zajmuje się przewodniczący
guide-chair-1 = Przewodniczący kieruje spotkaniem. To osoba niezależna: nie pracowała z Twoją rodziną i nie jest Twoim pracownikiem socjalnym.
guide-chair-2 = Zanim spotkanie się zacznie, przewodniczący zwykle rozmawia z Tobą na osobności. Wyjaśnia, co się będzie działo, i słucha, co chcesz powiedzieć.
guide-chair-3 = W czasie spotkania przewodniczący dba o to, żeby każdy został wysłuchany – także Ty.

guide-meeting-title = Jak przebiega spotkanie
guide-meeting-1 = Każdy mówi, kim jest i dlaczego jest na spotkaniu.
guide-meeting-2 = Każda osoba mówi, co u Twojego dziecka idzie dobrze, a co ją niepokoi. Rozmawia się też o raportach, które te osoby napisały.
guide-meeting-3 = Możesz odpowiedzieć, poprawić to, co jest nieprawdą, i zadawać pytania. Możesz przeczytać na głos to, co przygotujesz, albo dać to przewodniczącemu.
guide-meeting-4 = Spotkanie trwa zwykle od jednej do dwóch godzin. W każdej chwili możesz poprosić o krótką przerwę.

guide-video-title = Spotkania przez wideo lub telefon
guide-video-1 = Wiele konferencji odbywa się teraz przez wideo albo tak, że część osób jest w sali, a inni łączą się przez wideo lub telefon. W zaproszeniu powinno być napisane, jak to będzie, oraz link do wideo i numer, żeby dołączyć przez telefon.
guide-video-2 = Zwykle prosi się Cię, żebyś dołączył(a) pierwszy(a), żeby porozmawiać z przewodniczącym na osobności, zanim dołączą inni.
guide-video-3 = Łącz się z prywatnego pokoju, nigdy z miejsca publicznego. Jeśli w Twoim pokoju widać lub słychać kogoś innego, przewodniczący może musieć usunąć tę osobę z rozmowy. Twoje dzieci nie powinny nic słyszeć.
guide-video-4 = Przewodniczący pyta każdą osobę po kolei, a Ty możesz odpowiedzieć po każdej z nich. Jeśli czegoś nie rozumiesz albo potrzebujesz przerwy, powiedz przewodniczącemu.

guide-decide-title = O czym może zdecydować konferencja
guide-decide-1 = Konferencja decyduje, czy Twoje dziecko potrzebuje planu ochrony dziecka (Child Protection Plan). Dzieje się tak, gdy uczestnicy uważają, że dziecko doznało poważnej krzywdy (significant harm) albo że grozi mu poważna krzywda.
guide-decide-2 = Jeśli powstaje plan, konferencja mówi też, jakiego rodzaju krzywdy on głównie dotyczy: przemocy fizycznej (physical abuse), przemocy emocjonalnej (emotional abuse), wykorzystywania seksualnego (sexual abuse) czy zaniedbania (neglect).
guide-decide-3 = Jeśli plan ochrony dziecka nie jest potrzebny, konferencja może zaproponować plan wsparcia dla dziecka w potrzebie (Child in Need plan), inną pomoc dla rodziny albo żaden plan.
guide-decide-4 = Konferencja nie decyduje o tym, gdzie mieszka Twoje dziecko. To nie jest sąd.

guide-core-group-title = Grupa robocza (core group)
guide-core-group-1 = Jeśli powstaje plan ochrony dziecka, mała grupa spotyka się, żeby wprowadzić go w życie. To jest grupa robocza. Należysz do niej razem z pracownikiem socjalnym i kilkoma innymi osobami, które znają Twoje dziecko.
guide-core-group-2 = Grupa robocza spotyka się pierwszy raz w ciągu 10 dni roboczych od konferencji, a potem regularnie. Sprawdza, jak idą sprawy i jaka pomoc jest potrzebna.

guide-after-title = Po konferencji
guide-after-1 = W ciągu jednego dnia roboczego powinna do Ciebie dotrzeć informacja, co postanowiono. Później dostaniesz pisemne notatki ze spotkania (protokół, ang. minutes). Przeczytaj je i powiedz przewodniczącemu, jeśli coś się nie zgadza.
guide-after-2 = Jeśli powstał plan, w ciągu 3 miesięcy odbywa się konferencja przeglądowa (review conference), która sprawdza, jak plan działa. Potem takie konferencje odbywają się co najmniej raz na 6 miesięcy, dopóki plan trwa.
guide-after-3 = Plan kończy się, gdy konferencja uzna, że Twoje dziecko już go nie potrzebuje.

guide-rights-title = O co możesz poprosić
guide-rights-1 = O to, żeby przyjść z kimś: z przyjacielem, krewnym albo rzecznikiem (advocate).
guide-rights-2 = O tłumacza (interpreter), jeśli wolisz mówić w swoim języku. Poproś o to pracownika socjalnego przed spotkaniem.
guide-rights-3 = O to, żeby zobaczyć raporty przed spotkaniem i mieć czas je przeczytać.
guide-rights-4 = O rozmowę z przewodniczącym na osobności i o przerwę w czasie spotkania.

guide-complain-title = Jeśli coś Ci się nie podoba
guide-complain-1 = Jeśli nie podoba Ci się, jak przebiegała konferencja albo co postanowiła, powiedz o tym najpierw przewodniczącemu lub pracownikowi socjalnemu. Być może uda im się to naprawić.
guide-complain-2 = Jeśli to nie pomoże: każdy urząd (council) ma procedurę składania skarg dotyczących konferencji. Zapytaj o nią pracownika socjalnego albo urząd. Rzecznik może Ci pomóc złożyć skargę.

guide-private-title = Jak chronić swoje wersje robocze przed innymi
guide-private-1 = Jeśli ktoś wejdzie do pokoju, naciśnij „Ukryj” u góry ekranu. Ekran od razu robi się pusty, a Twoje wersje robocze zostają zablokowane.
guide-private-2 = To samo robi dwukrotne naciśnięcie klawisza Esc albo trzykrotne naciśnięcie klawisza Shift, szybko i bez żadnego innego klawisza pomiędzy. Pisanie nigdy tego nie zrobi: każdy inny klawisz, na przykład litera albo Tab, zaczyna liczenie od nowa.
guide-private-3 = Aby kontynuować, naciśnij „Kontynuuj” na pustym ekranie, a potem odblokuj swoje wersje robocze.

ready-video-title = Przygotowanie do spotkania przez wideo
ready-phone-title = Przygotowanie do spotkania przez telefon
ready-intro = Zaznacz każdy punkt, gdy będzie zrobiony. Zaznaczenia zapisują się razem z wersją roboczą.
ready-private-room = Znajdź prywatny pokój, w którym Twoje dzieci i inne osoby nie usłyszą spotkania.
ready-headphones = Używaj słuchawek, żeby nikt obok Ciebie nie słyszał, co mówią inni.
ready-device-charged = Dzień wcześniej naładuj telefon, tablet lub komputer i trzymaj ładowarkę blisko.
ready-phone-charged = Dzień wcześniej naładuj telefon i trzymaj ładowarkę blisko.
ready-link-tested = Dzień wcześniej wypróbuj link do wideo z zaproszenia na urządzeniu, którego użyjesz.
ready-number-tested = Dzień wcześniej sprawdź, czy masz numer, pod który trzeba zadzwonić, i kod z zaproszenia, jeśli jest.
ready-camera = Sprawdź, czy kamera i mikrofon działają, i usiądź tak, żeby przewodniczący widział Twoją twarz.
ready-contribution-at-hand = Miej swoje wystąpienie wydrukowane albo otwarte na innym urządzeniu, żeby móc z niego czytać.
ready-call-drops = Przed spotkaniem poproś pracownika socjalnego o numer telefonu, pod który zadzwonisz, jeśli połączenie się zerwie.
ready-muted = Wyciszaj mikrofon, gdy nie mówisz, i włączaj go, gdy chcesz coś powiedzieć.
ready-break = Pamiętaj, że w każdej chwili możesz poprosić przewodniczącego o przerwę.
ready-interpreter = Jeśli potrzebujesz tłumacza, on też może dołączyć do rozmowy. Poproś pracownika socjalnego, żeby to załatwił.

## The glossary: each term's name and what it means

glossary-title = Słowa, które możesz usłyszeć
glossary-chair-name = Przewodniczący (Chair)
glossary-chair-meaning = Osoba, która prowadzi konferencję. Jest niezależna: wcześniej nie pracowała z Twoją rodziną.
glossary-coordinator-name = Koordynator ds. ochrony dzieci (Child protection coordinator)
glossary-coordinator-meaning = Osoba w urzędzie (council), która organizuje konferencje i pilnuje, żeby odbywały się na czas. W niektórych urzędach robi to przewodniczący.
glossary-plan-name = Plan ochrony dziecka (Child Protection Plan)
glossary-plan-meaning = Pisemny plan: co musi się zmienić, żeby dziecko było bezpieczne, kto pomoże i do kiedy. Jest sprawdzany na konferencjach przeglądowych.
glossary-child-in-need-name = Plan wsparcia dla dziecka w potrzebie (Child in Need plan)
glossary-child-in-need-meaning = Plan pomocy i wsparcia dla dziecka i jego rodziny. Konferencja może go zaproponować, gdy plan ochrony dziecka nie jest potrzebny.
glossary-core-group-name = Grupa robocza (Core group)
glossary-core-group-meaning = Mała grupa, która spotyka się po konferencji, żeby wprowadzić w życie plan ochrony dziecka. Należysz do niej razem z pracownikiem socjalnym i kilkoma innymi osobami, które znają Twoje dziecko.
glossary-significant-harm-name = Poważna krzywda (Significant harm)
glossary-significant-harm-meaning = Słowa, których prawo używa na określenie poważnej szkody dla zdrowia lub rozwoju dziecka. Konferencja zastanawia się, czy dziecko doznało takiej krzywdy albo czy może jej doznać.
glossary-physical-abuse-name = Przemoc fizyczna (Physical abuse)
glossary-physical-abuse-meaning = Gdy dziecko jest celowo krzywdzone fizycznie albo grozi mu to, na przykład przez bicie lub potrząsanie.
glossary-emotional-abuse-name = Przemoc emocjonalna (Emotional abuse)
glossary-emotional-abuse-meaning = Gdy sposób, w jaki dziecko jest traktowane – raz za razem – szkodzi temu, co ono czuje na swój temat, albo jego rozwojowi. Może to obejmować sytuacje, gdy dziecko widzi lub słyszy przemoc w domu.
glossary-sexual-abuse-name = Wykorzystywanie seksualne (Sexual abuse)
glossary-sexual-abuse-meaning = Gdy dziecko jest wciągane w czynności seksualne albo pokazuje mu się treści seksualne – bez względu na to, czy rozumie, co się dzieje.
glossary-neglect-name = Zaniedbanie (Neglect)
glossary-neglect-meaning = Gdy przez dłuższy czas podstawowe potrzeby dziecka nie są zaspokajane, na przykład jedzenie, ciepło, bezpieczny dom, opieka lekarska albo troska i uwaga.
glossary-advocate-name = Rzecznik (Advocate)
glossary-advocate-meaning = Osoba, która nie pracuje dla urzędu i jest po Twojej stronie albo po stronie Twojego dziecka. Pomaga Ci powiedzieć, co myślisz, i zrozumieć, co się dzieje.
glossary-interpreter-name = Tłumacz (Interpreter)
glossary-interpreter-meaning = Przeszkolona osoba, która przekłada to, co mówią inni, na Twój język, a Twoje słowa na angielski – bez dodawania własnych opinii.
glossary-review-conference-name = Konferencja przeglądowa (Review conference)
glossary-review-conference-meaning = Kolejna konferencja, która sprawdza, jak działa plan ochrony dziecka, i decyduje, czy jest on nadal potrzebny.
glossary-strategy-discussion-name = Narada strategiczna (Strategy discussion)
glossary-strategy-discussion-meaning = Spotkanie lub rozmowa telefoniczna pracownika socjalnego, policji, pracowników służby zdrowia i innych osób. Odbywa się, gdy pojawia się niepokój o dziecko, żeby zdecydować, co robić dalej.
glossary-section-47-name = Postępowanie wyjaśniające z art. 47 (Section 47 enquiry)
glossary-section-47-meaning = Gdy urząd sprawdza, czy dziecko doznaje poważnej krzywdy albo czy grozi mu poważna krzywda. Nazwa pochodzi od artykułu 47 ustawy o dzieciach z 1989 roku (Children Act 1989). Jeśli obawy się potwierdzą, zwołuje się konferencję.

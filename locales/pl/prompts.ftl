# The questions of the parent's journey, one part per screen. Also printed in the PDF.
# Readers: parents and carers. A question is a gentle invitation, never a demand.
# A `.hint` is shown in smaller type under its question, on screen only.

# Above each part's heading. $number is this part, $total how many parts there are.
progress-part = Część { $number } z { $total }

## Part 1

part-strengths-title = Co idzie dobrze
part-strengths-intro = W każdej rodzinie są rzeczy, które wychodzą dobrze. Tu możesz opowiedzieć o nich uczestnikom spotkania.
prompt-strengths-family = Jakie są mocne strony Twojej rodziny?
    .hint = Na przykład: bliscy, którzy się kochają i sobie pomagają, dobry rytm dnia, rzeczy, które lubicie robić razem.
prompt-strengths-parenting = Co robisz dobrze jako rodzic lub opiekun?
    .hint = Pomyśl o codziennych sprawach: posiłki, szkoła, pora snu, pocieszanie dziecka, kiedy jest mu smutno.
prompt-strengths-known = Co dobrego chcesz, żeby specjaliści wiedzieli o Tobie i Twojej rodzinie?

## Part 2

part-worries-title = Zmartwienia i trudności
part-worries-intro = Pisanie o zmartwieniach bywa trudne. Napisz tyle, ile chcesz – dużo albo mało.
prompt-worries-change = Co musiałoby się zmienić (jeśli w ogóle coś), żeby Twoje dziecko było bezpieczne?
prompt-worries-difficulties = Czy masz teraz jakieś trudności?
    .hint = Na przykład: pieniądze, mieszkanie, zdrowie, praca albo relacje z bliskimi.

## Part 3

part-support-title = Pomoc i wsparcie
part-support-intro = Po konferencji wiele rodzin dostaje propozycję pomocy, czasem w ramach planu wsparcia dla dziecka w potrzebie albo planu ochrony dziecka. Możesz napisać, co naprawdę pomogłoby Twojej rodzinie.
prompt-support-needed = Czy Twoja rodzina potrzebuje jakiejś pomocy lub usług?
    .hint = Na przykład: pomocy w wychowaniu dzieci, w sprawach zdrowia, mieszkania lub pieniędzy, miejsca w żłobku lub przedszkolu albo kogoś do rozmowy.
prompt-support-difference = Jak taka pomoc zmieniłaby sytuację Twojego dziecka?

## Part 4

part-next-steps-title = Co powinno się stać dalej
part-next-steps-intro = Pod koniec spotkania konferencja decyduje, czy Twoje dziecko potrzebuje planu ochrony dziecka i co powinno się stać dalej. Twoje pomysły się liczą.
prompt-next-steps-after = Co Twoim zdaniem powinno się stać po konferencji?
prompt-next-steps-better = Co Ty lub inne osoby możecie zrobić, żeby było lepiej?

## Part 5

part-reports-title = Raporty
part-reports-intro = Przed spotkaniem osoby, które pracują z Twoją rodziną, powinny przysłać Ci swoje raporty. Jeśli już je znasz, możesz tu napisać, co o nich myślisz, a na spotkaniu powiedzieć o tym przewodniczącemu.
prompt-reports-agree = Z czym w raportach się zgadzasz?
prompt-reports-disagree = Z czym się nie zgadzasz?
prompt-reports-wrong = Czy coś w raportach jest nieprawdą lub pomyłką?
    .hint = Na przykład zła data, imię albo fakt. Napisz, w którym raporcie to jest i jak jest naprawdę.

## Part 6

part-scale-title = Jak bezpiecznie jest teraz?
part-scale-intro = Na konferencjach często używa się skali od 0 do 10. Wybranie liczby pomaga wszystkim zobaczyć, jak Twoim zdaniem idą sprawy.
# Shown above eleven choices, 0 to 10.
scale-question = Na skali od 0 do 10, gdzie 10 oznacza, że wszyscy są pewni, że dzieci są bezpieczne: jak oceniasz sytuację teraz?
scale-low = 0 oznacza: bardzo duży niepokój
scale-high = 10 oznacza: wszyscy są pewni, że dzieci są bezpieczne
scale-not-sure = Wolę nie wybierać liczby
prompt-scale-why = Dlaczego akurat ta liczba?
    .hint = Możesz też napisać, co przesunęłoby ją o jeden krok bliżej do 10.

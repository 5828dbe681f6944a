# The "What happens when" timeline: the steps before and after a Child Protection Conference.
# Read by parents and carers on the timeline screen, and in the calendar file they can save to
# their phone. Many readers are worried or frightened, and some read English as a second
# language: keep sentences short, plain and kind. Never use jargon without saying what it means.
# $date arrives already written out, e.g. "Tuesday 3 March 2026"; $time likewise, e.g. "10:30am".
# $count is a number of working days, minutes or months, as the message says.

## The screen around the steps

# Heading of the timeline screen.
timeline-title = O que acontece e quando

# Under the heading on the timeline screen.
timeline-intro = Estes são os passos habituais antes e depois da reunião, e as datas até às quais devem acontecer.

# Under the steps on the timeline screen, always shown.
timeline-check-with-social-worker = Cada câmara municipal faz algumas coisas à sua maneira, por isso as suas datas podem ser um pouco diferentes. Se tiver dúvidas, pergunte ao seu assistente social. Também pode perguntar ao presidente da reunião.

# Under the steps on the timeline screen: how the days are counted.
timeline-working-days = Os dias úteis são de segunda a sexta-feira. Os fins de semana e os feriados não contam.

# A small label beside a step that only happens if the conference decides on a Child Protection Plan.
timeline-only-if-plan = Só se houver um Plano de Proteção da Criança

# Under the steps, once for each bank holiday that was skipped while counting working days.
# $holiday is the holiday's name from the list at the end of this file.
timeline-holiday-skipped = Não contámos { $date } como dia útil, porque é feriado ({ $holiday }).

## When a step happens: a line under each step's title on the screen

# The conference itself, when its time is not known.
timeline-when-on = { $date }
# The conference itself, when its time is known.
timeline-when-on-at = { $date }, às { $time }
# The chair's meeting, when the conference time is not known.
timeline-when-around = { $date }, pouco antes de a reunião começar
# The chair's meeting, when the conference time is known.
timeline-when-around-at = { $date }, por volta das { $time }
# A step that should happen on or before this date; it can come sooner.
timeline-when-by = Até { $date }, o mais tardar

## The steps, in the order they happen. Each has a title (screen heading and calendar event
## title) and a body (screen text and calendar event description).

# Before the conference: the family should get the reports. $count is working days.
timeline-reports-title = Recebe os relatórios
timeline-reports-body = O assistente social e outras pessoas escrevem relatórios para a reunião. Deve recebê-los pelo menos { $count ->
        [0] { $count } dias úteis
        [one] um dia útil
       *[other] { $count } dias úteis
    } antes, para ter tempo de os ler e de pedir a alguém que ajude a percebê-los.

# Just before the conference. $count is minutes; the body does not need it.
timeline-chair-meeting-title = Fala com o presidente da reunião
timeline-chair-meeting-body = O presidente dirige a reunião e não é o seu assistente social. Costuma falar consigo a sós, durante pouco tempo, antes de a reunião começar, para explicar o que vai acontecer e ouvir o que tem a dizer.

# The day of an initial (first) conference. $count is not used.
timeline-initial-conference-title = A reunião
timeline-initial-conference-body = Encontra-se com as pessoas que trabalham com a sua criança, para falarem sobre a segurança da criança e a ajuda de que a sua família precisa. Em conjunto, decidem se a sua criança precisa de um Plano de Proteção da Criança. Pode dizer o que pensa e trazer alguém para lhe dar apoio.

# The day of a review conference. $count is not used.
timeline-review-conference-title = A reunião de revisão
timeline-review-conference-body = Volta a encontrar-se com as pessoas que trabalham com a sua criança, para ver como está a correr o plano e se a criança ainda precisa dele. Pode dizer o que mudou e o que ainda lhe causa preocupação.

# After the conference: the family hears the decisions. $count is working days.
timeline-decisions-title = Dizem-lhe o que foi decidido
timeline-decisions-body = Devem dizer-lhe o que a reunião decidiu, e dar-lhe um resumo do plano, se houver, no prazo de { $count ->
        [0] { $count } dias úteis
        [one] um dia útil
       *[other] { $count } dias úteis
    } depois da reunião.

# After an initial conference, only if there is a plan. $count is working days.
timeline-core-group-title = A primeira reunião do grupo nuclear
timeline-core-group-body = Se houver um plano, encontra-se com um grupo mais pequeno das pessoas que trabalham com a sua família, para decidirem em conjunto como pôr o plano em prática. A primeira reunião deve ser no prazo de { $count ->
        [0] { $count } dias úteis
        [one] um dia útil
       *[other] { $count } dias úteis
    } a contar da reunião de proteção.

# After the conference: the written record arrives. $count is working days.
timeline-minutes-title = Recebe as notas da reunião
timeline-minutes-body = As notas do que foi dito e decidido (a ata) devem chegar até si no prazo de { $count ->
        [0] { $count } dias úteis
        [one] um dia útil
       *[other] { $count } dias úteis
    }. Leia-as e diga ao presidente da reunião se houver alguma coisa errada ou em falta.

# After an initial conference, only if there is a plan. $count is months.
timeline-first-review-title = A primeira reunião de revisão
timeline-first-review-body = Se houver um plano, uma reunião de revisão vê como está a correr. A primeira deve ser no prazo de { $count ->
        [one] um mês
       *[other] { $count } meses
    } a contar desta reunião.

# After a review conference, only if the plan carries on. $count is months.
timeline-next-review-title = A reunião de revisão seguinte
timeline-next-review-body = Se o plano continuar, a reunião de revisão seguinte deve ser no prazo de { $count ->
        [one] um mês
       *[other] { $count } meses
    } a contar desta.

# The last step: reviews go on while the plan lasts. $count is months.
timeline-later-reviews-title = Depois, enquanto o plano durar
timeline-later-reviews-body = Enquanto a sua criança tiver um plano, há uma reunião de revisão pelo menos { $count ->
        [one] uma vez por mês
       *[other] de { $count } em { $count } meses
    }. O plano termina quando uma reunião decidir que a sua criança já não precisa dele.

## Problems

# On the conference details screen, when the date cannot be right (for example a year with too many digits).
error-conference-date-out-of-range = Esta data não parece estar certa. Verifique o dia, o mês e o ano da reunião.

## Bank holidays, named as GOV.UK names them. Shown on the timeline screen inside
## timeline-holiday-skipped, e.g. "Monday 26 May 2025 is a bank holiday (Spring bank holiday), …".

holiday-new-years-day = Dia de Ano Novo
holiday-new-years-day-substitute = Dia de Ano Novo (dia de substituição)
holiday-good-friday = Sexta-feira Santa
holiday-easter-monday = Segunda-feira de Páscoa
holiday-early-may = Feriado do início de maio
holiday-spring = Feriado da primavera
holiday-summer = Feriado de verão
holiday-christmas-day = Dia de Natal
holiday-christmas-day-substitute = Dia de Natal (dia de substituição)
holiday-boxing-day = Dia de Santo Estêvão
holiday-boxing-day-substitute = Dia de Santo Estêvão (dia de substituição)
holiday-royal-wedding = Casamento real
holiday-millennium = Celebrações do milénio
holiday-golden-jubilee = Jubileu de Ouro da Rainha
holiday-diamond-jubilee = Jubileu de Diamante da Rainha
holiday-platinum-jubilee = Jubileu de Platina da Rainha
holiday-state-funeral = Funeral de Estado da Rainha Isabel II
holiday-coronation = Coroação do Rei Carlos III

# Above the other notes under the timeline, once the family has written down the dates the conference gave them.
timeline-outcome-dates = As datas do grupo principal (core group) e da revisão são as que lhe deram na conferência.

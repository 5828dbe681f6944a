# The "What happens when" timeline: the steps before and after a Child Protection Conference.
# Read by parents and carers on the timeline screen, and in the calendar file they can save to
# their phone. Many readers are worried or frightened, and some read English as a second
# language: keep sentences short, plain and kind. Never use jargon without saying what it means.
# $date arrives already written out, e.g. "Tuesday 3 March 2026"; $time likewise, e.g. "10:30am".
# $count is a number of working days, minutes or months, as the message says.

## The screen around the steps

# Heading of the timeline screen.
timeline-title = Qué pasa y cuándo

# Under the heading on the timeline screen.
timeline-intro = Estos son los pasos habituales antes y después de la reunión, y las fechas límite en que deberían ocurrir.

# Under the steps on the timeline screen, always shown.
timeline-check-with-social-worker = Cada ayuntamiento hace algunas cosas a su manera, así que tus fechas pueden ser un poco distintas. Si tienes dudas, pregunta a tu trabajador social. También puedes preguntar al presidente de la reunión.

# Under the steps on the timeline screen: how the days are counted.
timeline-working-days = Los días laborables son de lunes a viernes. Los fines de semana y los días festivos no cuentan.

# A small label beside a step that only happens if the conference decides on a Child Protection Plan.
timeline-only-if-plan = Solo si hay un Plan de Protección Infantil

# Under the steps, once for each bank holiday that was skipped while counting working days.
# $holiday is the holiday's name from the list at the end of this file.
timeline-holiday-skipped = El { $date } es festivo ({ $holiday }), así que no cuenta como día laborable.

## When a step happens: a line under each step's title on the screen

# The conference itself, when its time is not known.
timeline-when-on = { $date }
# The conference itself, when its time is known.
timeline-when-on-at = { $date }, a las { $time }
# The chair's meeting, when the conference time is not known.
timeline-when-around = { $date }, justo antes de que empiece la reunión
# The chair's meeting, when the conference time is known.
timeline-when-around-at = { $date }, hacia las { $time }
# A step that should happen on or before this date; it can come sooner.
timeline-when-by = A más tardar el { $date }

## The steps, in the order they happen. Each has a title (screen heading and calendar event
## title) and a body (screen text and calendar event description).

# Before the conference: the family should get the reports. $count is working days.
timeline-reports-title = Recibes los informes
timeline-reports-body = El trabajador social y otras personas escriben informes para la reunión. Deberías recibirlos al menos { $count ->
        [one] un día laborable
       *[other] { $count } días laborables
    } antes, para tener tiempo de leerlos y de pedir a alguien que te ayude a entenderlos.

# Just before the conference. $count is minutes; the body does not need it.
timeline-chair-meeting-title = Hablas con el presidente de la reunión
timeline-chair-meeting-body = El presidente dirige la reunión y no es tu trabajador social. Normalmente habla contigo a solas un rato antes de empezar, para explicarte qué va a pasar y escucharte.

# The day of an initial (first) conference. $count is not used.
timeline-initial-conference-title = La reunión
timeline-initial-conference-body = Tú y las personas que trabajan con tu hijo os reunís para hablar de lo seguro que está tu hijo y de qué ayuda necesita tu familia. Juntos deciden si tu hijo necesita un Plan de Protección Infantil. Puedes decir lo que piensas, y traer a alguien para que te apoye.

# The day of a review conference. $count is not used.
timeline-review-conference-title = La reunión de revisión
timeline-review-conference-body = Tú y las personas que trabajan con tu hijo os volvéis a reunir para ver cómo va el plan y si tu hijo todavía lo necesita. Puedes contar qué ha cambiado y qué te sigue preocupando.

# After the conference: the family hears the decisions. $count is working days.
timeline-decisions-title = Te dicen lo que se ha decidido
timeline-decisions-body = Deberían decirte lo que ha decidido la reunión, y darte un resumen del plan si lo hay, en un plazo de { $count ->
        [one] un día laborable
       *[other] { $count } días laborables
    } después de la reunión.

# After an initial conference, only if there is a plan. $count is working days.
timeline-core-group-title = La primera reunión del grupo central
timeline-core-group-body = Si hay un plan, te reúnes con un grupo más pequeño de las personas que trabajan con tu familia, para decidir juntos cómo poner el plan en marcha. La primera reunión debería ser en un plazo de { $count ->
        [one] un día laborable
       *[other] { $count } días laborables
    } desde la reunión de protección.

# After the conference: the written record arrives. $count is working days.
timeline-minutes-title = Recibes las notas de la reunión
timeline-minutes-body = Las notas de lo que se dijo y se decidió (el acta) deberían llegarte en un plazo de { $count ->
        [one] un día laborable
       *[other] { $count } días laborables
    }. Léelas, y dile al presidente de la reunión si hay algo equivocado o si falta algo.

# After an initial conference, only if there is a plan. $count is months.
timeline-first-review-title = La primera reunión de revisión
timeline-first-review-body = Si hay un plan, una reunión de revisión ve cómo va. La primera debería ser en un plazo de { $count ->
        [one] un mes
       *[other] { $count } meses
    } desde esta reunión.

# After a review conference, only if the plan carries on. $count is months.
timeline-next-review-title = La siguiente reunión de revisión
timeline-next-review-body = Si el plan sigue, la siguiente reunión de revisión debería ser en un plazo de { $count ->
        [one] un mes
       *[other] { $count } meses
    } desde esta.

# The last step: reviews go on while the plan lasts. $count is months.
timeline-later-reviews-title = Después, mientras dure el plan
timeline-later-reviews-body = Mientras tu hijo tenga un plan, habrá una reunión de revisión al menos { $count ->
        [one] una vez al mes
       *[other] cada { $count } meses
    }. El plan termina cuando una reunión decide que tu hijo ya no lo necesita.

## Problems

# On the conference details screen, when the date cannot be right (for example a year with too many digits).
error-conference-date-out-of-range = Esta fecha no parece correcta. Por favor, revisa el día, el mes y el año de la reunión.

## Bank holidays, named as GOV.UK names them. Shown on the timeline screen inside
## timeline-holiday-skipped, e.g. "Monday 26 May 2025 is a bank holiday (Spring bank holiday), …".

holiday-new-years-day = Año Nuevo
holiday-new-years-day-substitute = Año Nuevo (festivo trasladado)
holiday-good-friday = Viernes Santo
holiday-easter-monday = Lunes de Pascua
holiday-early-may = Festivo de principios de mayo
holiday-spring = Festivo de primavera
holiday-summer = Festivo de verano
holiday-christmas-day = Día de Navidad
holiday-christmas-day-substitute = Día de Navidad (festivo trasladado)
holiday-boxing-day = Día de San Esteban
holiday-boxing-day-substitute = Día de San Esteban (festivo trasladado)
holiday-royal-wedding = Boda real
holiday-millennium = Celebraciones del milenio
holiday-golden-jubilee = Jubileo de Oro de la Reina
holiday-diamond-jubilee = Jubileo de Diamante de la Reina
holiday-platinum-jubilee = Jubileo de Platino de la Reina
holiday-state-funeral = Funeral de Estado de la reina Isabel II
holiday-coronation = Coronación del rey Carlos III

# Above the other notes under the timeline, once the family has written down the dates the conference gave them.
timeline-outcome-dates = Las fechas del grupo principal (core group) y de la revisión son las que le dieron en la conferencia.

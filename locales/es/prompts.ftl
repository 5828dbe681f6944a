# The questions of the parent's journey, one part per screen. Also printed in the PDF.
# Readers: parents and carers. A question is a gentle invitation, never a demand.
# A `.hint` is shown in smaller type under its question, on screen only.

# Above each part's heading. $number is this part, $total how many parts there are.
progress-part = Parte { $number } de { $total }

## Part 1

part-strengths-title = Lo que va bien
part-strengths-intro = Todas las familias tienen cosas que hacen bien. Esta es tu oportunidad de contarlas en la reunión.
prompt-strengths-family = ¿Cuáles son los puntos fuertes de tu familia?
    .hint = Por ejemplo: personas que se quieren y se ayudan, rutinas que funcionan, cosas que disfrutáis juntos.
prompt-strengths-parenting = ¿Qué haces bien como madre, padre o cuidador?
    .hint = Piensa en las cosas de cada día: las comidas, el colegio, la hora de dormir, consolar a tu hijo cuando está disgustado.
prompt-strengths-known = ¿Qué cosas buenas quieres que los profesionales sepan de ti y de tu familia?

## Part 2

part-worries-title = Preocupaciones y dificultades
part-worries-intro = Puede ser difícil escribir sobre las preocupaciones. Cuenta tanto o tan poco como quieras.
prompt-worries-change = ¿Hay algo que tenga que cambiar para que tu hijo esté seguro? Si es así, ¿qué?
prompt-worries-difficulties = ¿Estás pasando por alguna dificultad en este momento?
    .hint = Por ejemplo: dinero, vivienda, salud, trabajo o relaciones.

## Part 3

part-support-title = Ayuda y apoyo
part-support-intro = A muchas familias se les ofrece ayuda después de una reunión, a veces como parte de un Plan de Niño con Necesidades o de un Plan de Protección Infantil. Puedes decir qué ayudaría de verdad a la tuya.
prompt-support-needed = ¿Tu familia necesita algún tipo de ayuda o servicio?
    .hint = Por ejemplo: ayuda para criar a los hijos, ayuda con la salud, la vivienda o el dinero, una plaza en una guardería, o alguien con quien hablar.
prompt-support-difference = ¿Cómo ayudaría eso a cambiar las cosas para tu hijo?

## Part 4

part-next-steps-title = Qué debería pasar después
part-next-steps-intro = Al final de la reunión se decide si tu hijo necesita un Plan de Protección Infantil, y qué debería pasar después. Tus ideas cuentan.
prompt-next-steps-after = ¿Qué crees que debería pasar después de la reunión?
prompt-next-steps-better = ¿Qué podrías hacer tú, o qué podrían hacer otras personas, para mejorar las cosas?

## Part 5

part-reports-title = Los informes
part-reports-intro = Antes de la reunión, las personas que trabajan con tu familia deberían enviarte sus informes. Si los has leído, puedes decir aquí lo que piensas de ellos, y contárselo al presidente en la reunión.
prompt-reports-agree = ¿Con qué estás de acuerdo en los informes?
prompt-reports-disagree = ¿Con qué no estás de acuerdo?
prompt-reports-wrong = ¿Hay algo equivocado en los informes?
    .hint = Por ejemplo, una fecha, un nombre o un dato equivocado. Di en qué informe está y qué es lo correcto.

## Part 6

part-scale-title = ¿Cómo está la seguridad ahora?
part-scale-intro = En las reuniones se suele usar una escala del 0 al 10. Elegir un número ayuda a que todos vean cómo crees que van las cosas.
# Shown above eleven choices, 0 to 10.
scale-question = En una escala del 0 al 10, donde 10 significa que todos están seguros de que los niños están a salvo, ¿dónde pondrías las cosas ahora?
scale-low = 0 significa mucha preocupación
scale-high = 10 significa que todos están seguros de que los niños están a salvo
scale-not-sure = Prefiero no elegir un número
prompt-scale-why = ¿Por qué has elegido este número?
    .hint = También puedes decir qué haría que subiera un paso más hacia el 10.

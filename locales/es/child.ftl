# The child's own journey. Readers: children and young people, with an advocate or another
# trusted adult beside them. Three age bands: "young" (about 5–7: very few, very simple words,
# one thing per screen), "middle" (8–11) and "older" (12 and over: a young person's wording,
# never childish). Be warm and calm. Never suggest the child has done anything wrong.

## Starting

# Button on the start screen that begins a child's own draft.
child-start-button = Empezar las opiniones del propio niño
# The name a child's draft gets when no name is given. $date: today, e.g. "Sunday 22 November 2026".
child-default-label = Mis opiniones, empezadas el { $date }
child-who-title = Antes de empezar
child-name-label = ¿Cuál es tu nombre?
child-age-label = ¿Cuántos años tienes?
child-helper-label = ¿Te está ayudando alguien hoy?
child-helper-nobody = No, lo estoy haciendo sin ayuda
child-helper-advocate = Sí, un defensor
child-helper-social-worker = Sí, un trabajador social
child-helper-family = Sí, alguien de mi familia
child-helper-friend = Sí, un amigo
child-helper-interpreter = Sí, un intérprete
child-helper-name-label = ¿Cómo se llama?
# Above three buttons that choose how the questions are worded. The age sets it; it can be changed.
child-band-label = ¿Qué palabras te van mejor?
child-band-young = De 5 a 7 años
child-band-middle = De 8 a 11 años
child-band-older = 12 años o más
# The big, kind button on every screen of the child's journey. It saves and goes back to the start.
child-stop = Quiero parar ya
child-next = Siguiente
child-back = Atrás

## What the meeting is about (one screen per paragraph for "young"; one screen for the others)

child-explain-title = Sobre la reunión
child-explain-1-young = Unos mayores van a tener una reunión sobre ti.
child-explain-2-young = La reunión es para ayudarte a estar a salvo y feliz.
child-explain-3-young = No es para separarte de tu familia.
child-explain-4-young = Tu familia estará allí, y personas como tu profe y tu trabajador social.
child-explain-5-young = Puedes ir, o alguien puede decirles lo que piensas. O puedes no decir nada. Todo eso está bien.
child-explain-1-middle = Unos adultos que conocen a tu familia van a tener una reunión. Se llama reunión de protección infantil.
child-explain-2-middle = La reunión es para que estés a salvo y bien. No es para separarte de tu familia.
child-explain-3-middle = Estarán tus padres o las personas que te cuidan, y gente como tu trabajador social, tu profesor y el enfermero del colegio. Una persona llamada presidente de la reunión la dirige y se asegura de que se escuche a todo el mundo.
child-explain-4-middle = Puedes ir a toda la reunión o solo a una parte. Un defensor puede hablar por ti. Puedes enviar lo que piensas, por ejemplo un dibujo o esta página. O puedes no decir nada. Cualquier opción está bien.
child-explain-5-middle = Lo que escribas aquí es tuyo. Tú eliges lo que ve la reunión.
child-explain-1-older = Los adultos que trabajan con tu familia se van a reunir para hablar de cómo van las cosas en casa. Se llama reunión de protección infantil.
child-explain-2-older = Su función es decidir si necesitas un Plan de Protección Infantil: un plan escrito con lo que va a ayudar a que estés a salvo y con quién hará qué. No es para separarte de tu familia, y no es un tribunal.
child-explain-3-older = Estarán tus padres o las personas que te cuidan, junto con profesionales como tu trabajador social, tu colegio o instituto, personal sanitario y a veces la policía. La dirige una persona independiente llamada presidente de la reunión.
child-explain-4-older = Puedes ir a toda la reunión o solo a una parte, pedir a un defensor que hable por ti, enviar tus opiniones por escrito o en un dibujo, o decidir no participar. Todas estas opciones están bien, y puedes cambiar de opinión.
child-explain-5-older = Todo lo que escribas aquí es privado, a no ser que decidas compartirlo.

## The three houses

# The three houses' usual names. A child can rename each one.
child-house-good = La casa de las cosas buenas
child-house-worries = La casa de las preocupaciones
child-house-wishes = La casa de los deseos y los sueños
child-house-rename-label = Puedes ponerle otro nombre a esta casa
child-house-symbol-label = Elige un dibujo para esta casa
child-symbol-sun = Sol
child-symbol-star = Estrella
child-symbol-heart = Corazón
child-symbol-cloud = Nube
child-symbol-rainbow = Arcoíris
child-symbol-tree = Árbol
child-house-good-prompt-young = ¿Qué te hace feliz?
child-house-good-prompt-middle = ¿Cuáles son las cosas buenas de tu vida? ¿Qué personas y qué cosas te hacen feliz?
child-house-good-prompt-older = ¿Qué te va bien, en casa, en clase o en cualquier otro sitio?
child-house-worries-prompt-young = ¿Hay algo que te ponga triste o te dé miedo?
child-house-worries-prompt-middle = ¿Hay algo que te preocupe, o que te haga sentir triste, con miedo o con rabia?
child-house-worries-prompt-older = ¿Qué te preocupa, o qué te gustaría que fuera diferente?
child-house-wishes-prompt-young = Si tuvieras una varita mágica, ¿qué pedirías?
child-house-wishes-prompt-middle = ¿Cuáles son tus deseos y tus sueños? ¿Qué haría que las cosas fueran mejor?
child-house-wishes-prompt-older = ¿Qué te gustaría que pasara, ahora y en el futuro?
child-write-label = Escribe aquí, si quieres
child-draw-label = Dibuja aquí, si quieres
child-draw-hint = Usa el ratón, el dedo o un lápiz.
child-draw-colour = Color
child-colour-black = Negro
child-colour-red = Rojo
child-colour-blue = Azul
child-colour-green = Verde
child-colour-yellow = Amarillo
child-draw-eraser = Goma
child-draw-undo = Deshacer
child-draw-clear = Empezar el dibujo otra vez
child-draw-stamps-label = O pon una imagen en tu dibujo
child-stamp-sun = Sol
child-stamp-heart = Corazón
child-stamp-house = Casa
child-stamp-person = Persona
child-draw-keys-hint = Elige una imagen y luego haz clic o toca donde quieras ponerla. ¿No tienes ratón? Pulsa Tab para ir al dibujo, muévete con las flechas y luego pulsa Intro o Espacio.
child-draw-canvas = Tu dibujo

## More about you

child-people-title = Las personas importantes para mí
child-people-prompt-young = ¿Quién es especial para ti?
child-people-prompt-middle = ¿Quiénes son las personas importantes en tu vida?
child-people-prompt-older = ¿Quién es importante para ti, y a quién acudes cuando necesitas ayuda?
child-know-title = Lo que quiero que sepa la reunión
child-know-prompt-young = ¿Qué quieres que sepan los mayores?
child-know-prompt-middle = ¿Qué quieres que sepan las personas de la reunión?
child-know-prompt-older = ¿Qué es lo que más quieres que escuchen las personas de la reunión?
child-happen-title = Lo que me gustaría que pasara
child-happen-prompt-young = ¿Qué haría que las cosas fueran mejor para ti?
child-happen-prompt-middle = ¿Qué te gustaría que pasara después de la reunión?
child-happen-prompt-older = ¿Qué te gustaría que decidiera la reunión, o que hiciera la gente?
child-part-title = La reunión y yo
child-part-question = ¿Quieres ir a la reunión?
child-part-all = Sí, a toda
child-part-some = Sí, a una parte
child-part-advocate = No, pero quiero que un defensor hable por mí
child-part-views = No, pero quiero que vean lo que pienso
child-part-none = No, y no quiero decir nada. No pasa nada.
child-part-unsure = Todavía no lo sé
child-part-words-label = ¿Algo más sobre la reunión?

## Choosing what to share

child-share-title = ¿Qué puede ver la reunión?
child-share-intro = Tú eliges. Todo a lo que digas «no» es privado. Nadie en la reunión lo verá.
child-share-yes = Sí, pueden ver esto
child-share-no = No, esto es privado
child-share-drawing = Tu dibujo
child-share-nothing = Todavía no has escrito ni dibujado nada. No pasa nada.
child-make-pdf = Hacer mi página
child-pdf-made = Tu página está lista. Solo tiene las cosas que has elegido compartir.

## The child's PDF ("My views for my meeting")

child-pdf-title = Mis opiniones para mi reunión
child-pdf-name = Mi nombre
child-pdf-age = Mi edad
child-pdf-date = Hecho el
child-pdf-helped = Quién me ha ayudado
# $role is one of the helper words above, without "Yes, "; $name is the helper's name.
child-pdf-helper-with-name = { $role }: { $name }
child-pdf-helper-advocate = Un defensor
child-pdf-helper-social-worker = Un trabajador social
child-pdf-helper-family = Alguien de mi familia
child-pdf-helper-friend = Un amigo
child-pdf-helper-interpreter = Un intérprete
child-pdf-helper-nobody = Nadie, lo he hecho sin ayuda
child-pdf-taking-part = Cómo quiero participar
child-pdf-nothing-shared = Esta vez he decidido que mis opiniones sean privadas.

# The child's own journey. Readers: children and young people, with an advocate or another
# trusted adult beside them. Three age bands: "young" (about 5–7: very few, very simple words,
# one thing per screen), "middle" (8–11) and "older" (12 and over: a young person's wording,
# never childish). Be warm and calm. Never suggest the child has done anything wrong.

## Starting

# Button on the start screen that begins a child's own draft.
child-start-button = Começar as opiniões da própria criança
# The name a child's draft gets when no name is given. $date: today, e.g. "Sunday 22 November 2026".
child-default-label = As minhas opiniões, começadas em { $date }
child-who-title = Antes de começarmos
child-name-label = Qual é o teu primeiro nome?
child-age-label = Quantos anos tens?
child-helper-label = Está alguém a ajudar-te hoje?
child-helper-nobody = Não, estou a fazer isto sem ajuda
child-helper-advocate = Sim, um defensor
child-helper-social-worker = Sim, um assistente social
child-helper-family = Sim, alguém da minha família
child-helper-friend = Sim, um amigo
child-helper-interpreter = Sim, um intérprete
child-helper-name-label = Como se chama essa pessoa?
# Above three buttons that choose how the questions are worded. The age sets it; it can be changed.
child-band-label = Que palavras são melhores para ti?
child-band-young = Dos 5 aos 7 anos
child-band-middle = Dos 8 aos 11 anos
child-band-older = 12 anos ou mais
# The big, kind button on every screen of the child's journey. It saves and goes back to the start.
child-stop = Quero parar agora
child-next = Seguinte
child-back = Voltar

## What the meeting is about (one screen per paragraph for "young"; one screen for the others)

child-explain-title = Sobre a reunião
child-explain-1-young = Alguns crescidos vão ter uma reunião sobre ti.
child-explain-2-young = A reunião é para te ajudar a estar em segurança e feliz.
child-explain-3-young = Não é para te tirarem da tua família.
child-explain-4-young = A tua família vai lá estar, e pessoas como o teu professor e o teu assistente social.
child-explain-5-young = Podes ir, ou alguém pode dizer-lhes o que pensas. Ou podes não dizer nada. Está tudo bem.
child-explain-1-middle = Alguns adultos que conhecem a tua família vão ter uma reunião. Chama-se reunião de proteção da criança.
child-explain-2-middle = A reunião é para que estejas em segurança e bem. Não é para te tirarem da tua família.
child-explain-3-middle = Os teus pais ou as pessoas que cuidam de ti vão lá estar, e pessoas como o teu assistente social, o teu professor e o enfermeiro da escola. Uma pessoa chamada presidente da reunião dirige a reunião e garante que todos são ouvidos.
child-explain-4-middle = Podes ir à reunião toda ou só a uma parte. Um defensor pode falar por ti. Podes enviar o que pensas, por exemplo um desenho ou esta página. Ou podes não dizer nada. Qualquer escolha está bem.
child-explain-5-middle = O que escreveres aqui é teu. És tu que escolhes o que a reunião vê.
child-explain-1-older = Os adultos que trabalham com a tua família vão reunir-se para falar sobre como estão as coisas em casa. Chama-se reunião de proteção da criança.
child-explain-2-older = O objetivo é decidir se precisas de um Plano de Proteção da Criança: um plano escrito que diz o que vai ajudar a manter-te em segurança e quem vai fazer o quê. Não é para te tirarem da tua família, e não é um tribunal.
child-explain-3-older = Os teus pais ou as pessoas que cuidam de ti vão lá estar, com profissionais como o teu assistente social, a escola, profissionais de saúde e, às vezes, a polícia. Quem dirige a reunião é uma pessoa independente, o presidente da reunião.
child-explain-4-older = Podes ir à reunião toda ou só a uma parte, pedir a um defensor que fale por ti, enviar a tua opinião por escrito ou num desenho, ou escolher não participar. Qualquer uma destas opções está bem, e podes mudar de ideias.
child-explain-5-older = Tudo o que escreveres aqui fica privado, a não ser que escolhas partilhá-lo.

## The three houses

# The three houses' usual names. A child can rename each one.
child-house-good = A casa das coisas boas
child-house-worries = A casa das preocupações
child-house-wishes = A casa dos desejos e sonhos
child-house-rename-label = Podes dar outro nome a esta casa
child-house-symbol-label = Escolhe uma imagem para esta casa
child-symbol-sun = Sol
child-symbol-star = Estrela
child-symbol-heart = Coração
child-symbol-cloud = Nuvem
child-symbol-rainbow = Arco-íris
child-symbol-tree = Árvore
child-house-good-prompt-young = O que te deixa feliz?
child-house-good-prompt-middle = Quais são as coisas boas da tua vida? Que pessoas e que coisas te deixam feliz?
child-house-good-prompt-older = O que está a correr bem para ti, em casa, na escola ou noutro sítio qualquer?
child-house-worries-prompt-young = Há alguma coisa que te deixe triste ou com medo?
child-house-worries-prompt-middle = Há alguma coisa que te preocupe, ou que te faça sentir triste, com medo ou com raiva?
child-house-worries-prompt-older = O que te preocupa, ou o que gostavas que fosse diferente?
child-house-wishes-prompt-young = Se tivesses uma varinha mágica, o que pedias?
child-house-wishes-prompt-middle = Quais são os teus desejos e sonhos? O que tornaria as coisas melhores?
child-house-wishes-prompt-older = O que gostavas que acontecesse, agora e no futuro?
child-write-label = Escreve aqui, se quiseres
child-draw-label = Desenha aqui, se quiseres
child-draw-hint = Usa o rato, o dedo ou uma caneta.
child-draw-colour = Cor
child-colour-black = Preto
child-colour-red = Vermelho
child-colour-blue = Azul
child-colour-green = Verde
child-colour-yellow = Amarelo
child-draw-eraser = Borracha
child-draw-undo = Desfazer
child-draw-clear = Começar o desenho de novo
child-draw-stamps-label = Ou põe uma imagem no teu desenho
child-stamp-sun = Sol
child-stamp-heart = Coração
child-stamp-house = Casa
child-stamp-person = Pessoa
child-draw-keys-hint = Escolhe uma imagem e depois clica ou toca onde a queres pôr. Não tens rato? Carrega em Tab para ir para o desenho, move com as setas e depois carrega em Enter ou Espaço.
child-draw-canvas = O teu desenho

## More about you

child-people-title = As pessoas importantes para mim
child-people-prompt-young = Quem é especial para ti?
child-people-prompt-middle = Quem são as pessoas importantes na tua vida?
child-people-prompt-older = Quem é importante para ti, e a quem recorres quando precisas de ajuda?
child-know-title = O que quero que a reunião saiba
child-know-prompt-young = O que queres que os crescidos saibam?
child-know-prompt-middle = O que queres que as pessoas da reunião saibam?
child-know-prompt-older = O que é que mais queres que as pessoas da reunião ouçam?
child-happen-title = O que eu gostava que acontecesse
child-happen-prompt-young = O que tornaria as coisas melhores para ti?
child-happen-prompt-middle = O que gostavas que acontecesse depois da reunião?
child-happen-prompt-older = O que gostavas que a reunião decidisse, ou que as pessoas fizessem?
child-part-title = A reunião e eu
child-part-question = Queres ir à reunião?
child-part-all = Sim, à reunião toda
child-part-some = Sim, a uma parte
child-part-advocate = Não, mas quero que um defensor fale por mim
child-part-views = Não, mas quero que vejam o que eu penso
child-part-none = Não, e não quero dizer nada. Não faz mal.
child-part-unsure = Ainda não sei
child-part-words-label = Mais alguma coisa sobre a reunião?

## Choosing what to share

child-share-title = O que pode a reunião ver?
child-share-intro = És tu que escolhes. Tudo aquilo a que disseres «não» fica privado. Ninguém na reunião o vai ver.
child-share-yes = Sim, podem ver isto
child-share-no = Não, isto fica privado
child-share-drawing = O teu desenho
child-share-nothing = Ainda não escreveste nem desenhaste nada. Não faz mal.
child-make-pdf = Fazer a minha página
child-pdf-made = A tua página está pronta. Só tem as coisas que escolheste partilhar.

## The child's PDF ("My views for my meeting")

child-pdf-title = As minhas opiniões para a minha reunião
child-pdf-name = O meu nome
child-pdf-age = A minha idade
child-pdf-date = Feito em
child-pdf-helped = Quem me ajudou
# $role is one of the helper words above, without "Yes, "; $name is the helper's name.
child-pdf-helper-with-name = { $role }: { $name }
child-pdf-helper-advocate = Um defensor
child-pdf-helper-social-worker = Um assistente social
child-pdf-helper-family = Alguém da minha família
child-pdf-helper-friend = Um amigo
child-pdf-helper-interpreter = Um intérprete
child-pdf-helper-nobody = Ninguém, fiz isto sem ajuda
child-pdf-taking-part = Como quero participar
child-pdf-nothing-shared = Desta vez, escolhi guardar as minhas opiniões só para mim.

"""Phrase rules for messages in other languages: crisis, threats and contempt.

Both learned models read English. Members also write in Spanish, French, German, Italian,
Portuguese, Polish, Dutch, Romanian, Hinglish and Tagalog, so for each of these the
commonest ways of saying "I want to die", "I'll kill him" or "@name you're pathetic, no
wonder he left you" are rules here. They are written for precision: first-person intent
for crisis and violence, second person or an @mention for contempt, ambiguous phrases
("I can't go on", "he's at the door") only next to a risk cue, and figures of speech
("me muero de risa"), laughter, past and resolved talk and other people's words excluded.

Every pattern runs on text lowercased and folded to plain ASCII letters (``ascii_fold``).
A language's rules run only when the message has at least one of its everyday words
(``MARKERS``), or no everyday English word at all (``ENGLISH``), which keeps their cost
off the English messages that are most of a circle's talk. Contempt rules leave messages
with laughter or affection (``TEASING``) to the models. Each language also lists messages that must fire (``POSITIVE``) and
messages that must not (``NEGATIVE``); the tests check both.
"""

from __future__ import annotations

import re
import unicodedata

from .prefilter import LiteralGate

#: label -> language -> regular expressions
PATTERNS: dict[str, dict[str, list[str]]] = {"crisis": {}, "violence": {}, "harassment": {}}
#: (label, language, message that must fire the label)
POSITIVE: list[tuple[str, str, str]] = []
#: (language, message that must fire no rule)
NEGATIVE: list[tuple[str, str]] = []


def _both(*parts):
    """All parts must occur somewhere in the message, in any order."""
    return "(?s)^" + "".join("(?=.*?(?:%s))" % p for p in parts)


def _unless(neg, pat):
    """``pat`` occurs and ``neg`` occurs nowhere in the message (the rarer ``pat`` is
    looked for first)."""
    return "(?s)^(?=.*?(?:%s))(?!.*?(?:%s))" % (pat, neg)


def _both_unless(neg, *parts):
    return "(?s)^" + "".join("(?=.*?(?:%s))" % p for p in parts) + "(?!.*?(?:%s))" % neg


# laughter / joking markers: a message containing them is not read literally
LAUGH = r"\b(?:ja(?:ja)+j?|je(?:je)+|js(?:js)+|xd+|lol|lmao|rofl|ha(?:ha)+h?|he(?:he)+|hi(?:hi)+|ka(?:ka)+|k{3,}|rs(?:rs)+|wk(?:wk)+)\b"


def _lang(code, crisis, violence, harassment, pos_crisis, pos_violence,
          pos_harassment, negative):
    PATTERNS["crisis"][code] = list(crisis)
    PATTERNS["violence"][code] = list(violence)
    PATTERNS["harassment"][code] = list(harassment)
    POSITIVE.extend(("crisis", code, t) for t in pos_crisis)
    POSITIVE.extend(("violence", code, t) for t in pos_violence)
    POSITIVE.extend(("harassment", code, t) for t in pos_harassment)
    NEGATIVE.extend((code, t) for t in negative)


# ==========================================================================
# es - Spanish
# ==========================================================================
_ES_PAST = r"\bhace (?:\w+ )?(?:anos|ano|meses|mes|tiempo)\b(?! que)|\b(?:antes|solia|en el pasado|de adolescente|de joven|cuando era)\b"
_ES_SAID = r"\b(?:me|le|nos) (?:dijo|dice|decia|grito|gritaba|grita|escribio|mando)\b|\bdijo\b|\bdecia\b"
_ES_INT = r"(?:(?:tan|muy|un|una|el|la|lo|mas|realmente|simplemente|solo|solamente|literalmente|de verdad|bien|re|demasiado|super|toda|todo|pobre|completo|completa|total|autentico|autentica|puro|pura|menudo|menuda|flor de|tremendo|tremenda|sigues siendo|siempre|otra vez) )*"
_ES_NEG = r"(?<!no )(?<!nunca )(?<!ni )(?<!piensa que )(?<!pienses que )(?<!creas que )(?<!crees que )(?<!creer que )(?<!dijo que )(?<!dice que )(?<!decir que )(?<!significa que )(?<!sientas que )(?<!sientes que )"
_ES_INSULT = (r"(?:patetic[oa]s?|perdedor(?:a|es)?|fracasad[oa]|ridicul[oa]|un chiste|una broma|"
              r"un payaso|una payasa|payas[oa]|fals[oa]|farsante|un fraude|una farsa|hipocrita|"
              r"estupid[oa]|idiota|imbecil|tont[oa]|subnormal|retrasad[oa]|mongolic[oa]|"
              r"asqueros[oa]|repugnante|una verguenza|una vergonzosa|"
              r"mentiros[oa]|pesad[oa]|llor[oa]na?|una llorona|un llorica|llorica|dramatica|una exagerada|"
              r"gilipollas|pendej[oa]|pringad[oa]|basura|una basura|una mierda|un mierda|escoria|"
              r"puta|zorra|guarra|perra|maricon|marica|bollera|un cero a la izquierda|un desastre de persona|"
              r"inutil|una inutil|un inutil|amargad[oa]|una amargada|insoportable|un asco|un asco de persona|una vibora|un amargado|resentid[oa]|envidios[oa]|lo peor de este grupo|lo peor|sinverguenza|una sinverguenza|un sinverguenza|cornuda|cornudo|un cornudo|una cornuda)")
_ES_CUE_DEATH = (r"\b(?:morir(?:me)?|muert[oa]|matarme|suicid\w*|desaparecer|acabar con todo|terminar con todo|"
                 r"quitarme la vida|no despertar(?:me)?|pastillas|cuchillas|cuerda|soga|adios|despedida|"
                 r"mejor sin mi\b|una carga|seguir viv[ao]|seguir con vida|seguir existiendo|existir|"
                 r"sentido (?:a|de) (?:la vida|vivir|seguir viviendo))")

_lang(
    "es",
    crisis=[
        # I want to die
        _unless(LAUGH + r"|\bverguenza\b|\bque oso\b|\btragame tierra\b|\bridiculo\b", r"\b(?:me quiero|quiero|quisiera|yo quiero|me quisiera) (?:ya |solo |solamente |simplemente |nada mas |de verdad |literalmente |realmente |tanto )*morir(?:me)?\b(?! de | del | con )"),
        _unless(LAUGH, r"\b(?:tengo|me dan|siento|con) (?:muchas )?ganas de morir(?:me)?\b(?! de )"),
        r"\b(?:quiero|quisiera|preferiria|prefiero) (?:ya )?estar muert[oa]\b",
        r"\bestaria (?:mucho )?mejor muert[oa]\b",
        r"\bojala (?:yo )?(?:me muriera|me muera|me muriese|morirme|no despertar(?:me)?|no despertara|no volver a despertar|desaparecer para siempre|no existir|no haber nacido)\b",
        r"\bno quiero (?:volver a )?despertar(?:me)?(?: manana| mas| nunca mas| otra vez)\b",
        r"\b(?:dormirme|dormir|acostarme) y no (?:volver a )?despertar(?:me)?\b",
        # don't want to live anymore
        r"\b(?:ya )?no quiero (?:seguir )?vivir\b(?! (?:asi|con |en |de |sin |bajo |otra|un |una |mas asi|mas con|mas en|mas de|mas bajo|mas sin|ni un dia mas (?:asi|con)))",
        r"\b(?:ya )?no quiero seguir viviendo\b(?! (?:asi|con |en |de |sin |bajo |una |un |esta |este |mas asi|mas con))",
        r"\bno quiero (?:seguir )?(?:con vida|estar viv[oa]|existir|seguir existiendo|seguir aqui en este mundo)\b",
        r"\bno (?:tengo|encuentro|le encuentro) (?:ninguna )?(?:razon|motivo|sentido) (?:para|de|a) (?:seguir )?vivir\b",
        r"\b(?:no le veo|que) sentido (?:tiene |a )?(?:la vida|vivir|seguir viviendo|seguir vivo|seguir viva)\b(?! (?:asi|con|sin))",
        r"\bpara que seguir (?:viviendo|vivo|viva|con vida)\b",
        _unless(r"\bdesaparecer (?:unos|un|una|por|de (?:redes|aqui|la ciudad|su vida|sus vidas|este grupo|el grupo))", r"\b(?:quiero|quisiera) desaparecer\b|\bdesaparecer para siempre\b|\bdejar de existir\b"),
        r"\b(?:pienso|pienso mucho|solo pienso|no dejo de pensar|no paro de pensar|todo el dia pienso|pienso todo el tiempo) (?:solo )?en (?:la muerte|morir(?:me)?|estar muert[oa]|desaparecer para siempre|no despertar)\b",
        r"\b(?:lo mejor|mejor) (?:seria|sera|es) (?:no despertar(?:me)?|morir(?:me)?|no existir|desaparecer para siempre|que yo no estuviera|que me muriera)\b",
        r"\bmejor sin (?:una madre|un padre|una mujer|una persona|alguien|una esposa|un marido) como yo\b",
        r"\bno (?:tengo|me quedan) (?:mas )?fuerzas (?:para|de) (?:vivir|seguir viviendo|seguir viv[oa]|seguir con vida)\b",
        _unless(_ES_PAST, r"\b(?:me (?:tome|he tomado|acabo de tomar|trague|he tragado)|ya me tome|acabo de tomarme) (?:todas las|todo el|el bote|la caja|un bote|una caja|un monton de|un blister|muchas|varias cajas de|\d+) ?(?:de )?(?:pastillas|pildoras|somniferos|calmantes|antidepresivos|ansioliticos|medicamentos)?\b"),
        r"\bsobro en (?:este mundo|esta vida|la vida)\b|\b(?:dejar de sufrir|descansar) para siempre\b|\bdormir para siempre\b",
        _both(r"\b(?:pensando|pienso|planeando|he pensado|llevo dias pensando) (?:en )?como (?:hacerlo|matarme|quitarme la vida|acabar)\b", r"\b(?:cuerda|soga|pastillas|cuchillas|puente|vias|morir\w*|final|despedida|adios)\b"),
        r"\b(?:escribi|he escrito|ya escribi|ya he escrito|deje escrita?s?|tengo escrita?s?) (?:las |una |mis |la )?(?:cartas?|notas?) (?:de despedida|para mis hijos|para mi familia|de adios|de suicidio|para cuando no este)\b|\bsuicide note\b",
        _unless(r"\bpara (?:el|la|los) (?:resfriado|dolor|gripe|tension)\b", r"\bestoy (?:\w+ ){0,5}con (?:la|una|el|un|las|unas) (?:pistola|arma|escopeta|cuerda|soga|cuchillas?|navaja)\b(?! de (?:juguete|agua))"),
        # kill myself / take my life
        _unless(_ES_PAST, r"\b(?:me voy a|voy a|quiero|pienso|estoy pensando en|he pensado en|pensando en|ganas de|deseo|necesito|he decidido|decidi|me dan ganas de|estoy a punto de|voy a intentar|intentare|planeo|tengo pensado) (?:\w+ )?(?:matarme|suicidarme|quitarme la vida|acabar con mi vida|terminar con mi vida|poner fin a mi vida|ponerle fin a mi vida|ahorcarme|colgarme del|cortarme las venas|tomarme todas las pastillas|envenenarme|pegarme un tiro)\b(?! (?:a |de |trabajando|estudiando|corriendo|entrenando|en el trabajo))"),
        _unless(_ES_PAST, r"\b(?:voy a |quiero |pienso |me voy a )?(?:tirarme|lanzarme|arrojarme) (?:por|de|desde|bajo|delante de|del|al|a las vias|al tren|al metro|al vacio) (?:la |el |un |una |los )?(?:ventana|balcon|puente|tren|metro|azotea|edificio|acantilado|camion|vias|vacio|terraza|piso)\b"),
        r"\bme (?:voy a|quiero) (?:matar|suicidar|quitar la vida|ahorcar)\b(?! (?:a |de |trabajando|estudiando|corriendo|entrenando|con |por |en el ))",
        _unless(_ES_PAST + r"|\bpense\b", r"\bme suicido\b|\bme voy a suicidar\b|\bsuicidarme\b(?! no)"),
        r"\b(?:juro que |y |entonces |te juro que |esta noche |hoy |manana )me mato\b(?! (?:a |de |trabajando|estudiando|corriendo|por dentro))",
        r"\bsi (?:\w+ ){1,6}?(?:yo )?me mato\b(?! (?:a |de |trabajando|estudiando|corriendo|por dentro|con ))",
        _unless(LAUGH, r"(?:^|[,;:] ?)me mato(?: ya| hoy| esta noche| de una vez)?\s*[.!]*\s*$"),
        r"(?<!el )(?<!ella )(?<!que )\bme quito la vida\b",
        _unless(_ES_PAST, r"\b(?:tengo|tener|con|me vienen|vuelven los|vuelven mis) (?:pensamientos|ideas) (?:suicidas|de suicidio|de matarme|de quitarme la vida|de morirme)\b"),
        _unless(_ES_PAST, r"\b(?:pienso|estoy pensando|sigo pensando|pienso mucho|he pensado) en (?:el suicidio|suicidarme|matarme|quitarme la vida|morirme)\b"),
        # end it all
        _unless(r"\b(?:divorci|separa|abogad|relacion|matrimonio|boda|contrato|mudanza|trabajo|con el|con ella)\w*",
                r"\b(?:quiero|voy a|pienso|necesito|ganas de|quisiera|deseo|estoy pensando en|he decidido|decidi|es hora de|solo quiero|me gustaria) (?:\w+ )?(?:acabar|terminar|ponerle fin|poner fin|terminarlo|acabarlo) (?:con |a )?(?:todo|todo esto)\b(?! de (?!una vez)| lo que| lo de)"),
        _unless(r"\b(?:divorci|separa|abogad|relacion|matrimonio|boda|contrato|mudanza|trabajo|juicio|proceso|tramite)\w*", r"\bquiero que (?:se )?(?:acabe|termine) todo\b(?! (?:lo|este|esto|el|la))"),
        r"\b(?:acabar|terminar|poner fin|ponerle fin) (?:a|con) (?:mi vida|mi existencia|mi sufrimiento de una vez)\b",
        r"\bque todo (?:se )?(?:acabe|termine) (?:ya|de una vez|para siempre)\b",
        # better off without me / burden
        r"\b(?:estarian|estaran|estarias|estariais|vivirian|serian|seria|estaria|iria|irian|quedarian|vivirias) (?:todos |todas |tod[oa]s ellos |mucho |muchisimo |tan |bastante |)*mejor sin mi\b",
        r"\bmejor sin mi(?=\s*(?:[.,!?;:]|$|y |porque|de verdad|seguro|en (?:sus|su) vidas?|aqui|ya |la verdad|presencia))",
        r"\b(?:el mundo|todos|todo el mundo|mis hijos|mi familia|la gente)(?: \w+){0,3} (?:seria|serian|estaria|estarian) mejor si (?:yo )?(?:no estuviera|desapareciera|me muriera|no existiera|no hubiera nacido|me fuera para siempre)\b",
        r"\bnadie (?:me )?(?:echaria de menos|extranaria|notaria|lloraria) (?:si|que) (?:me muero|me muriera|muriera|desapareciera|no estuviera|ya no estoy|me fuera)\b",
        r"(?<!no )\b(?:soy|solo soy|me siento|me he convertido en|me converti en) (?:solo |solamente |nada mas que |simplemente |ya |otra vez |siempre |como )*(?:una carga|un estorbo|un lastre|un peso muerto)\b",
        # means prepared
        _unless(r"pastillero|receta|recetad|farmacia|dosis|tratamiento", r"\b(?:pastillas|pildoras|somniferos|cuchillas|hojillas|cuerda|soga|veneno)\b[^.]{0,40}\b(?:listas?|listos|preparad[oa]s|preparad[oa]|juntad[oa]s|contad[oa]s|a mano|aqui al lado|al lado de la cama|en la mano|delante de mi|frente a mi|esperandome)\b"),
        r"\b(?:he juntado|junte|estoy juntando|llevo (?:semanas|meses|dias) juntando|he acumulado|acumule|he guardado|guarde|tengo guardad[oa]s|he ahorrado) (?:\w+ )?(?:pastillas|pildoras|somniferos|medicamentos|cuchillas|hojillas)\b",
        r"\b(?:tomarme|me voy a tomar|voy a tomarme|tragarme|me tomo|me trago|me tomare) (?:todas las|todo el (?:bote|frasco|blister)|el (?:bote|frasco|blister) entero|la caja entera|un monton de|todas mis|todos mis) ?(?:pastillas|pildoras|somniferos|medicamentos|calmantes|antidepresivos)?\b",
        r"\b(?:compre|he comprado|ya tengo|tengo) (?:una |la )?(?:cuerda|soga)\b(?! para (?:el|la|tender|atar|escalar|saltar))(?=.*\b(?:ahorcar\w*|colgar\w*|morir\w*|final|adios|nadie|ya esta|ya lo|no aguanto|no puedo)\b)",
        _both(r"\b(?:ya )?(?:lo )?(?:tengo|esta) todo (?:preparado|listo|planeado|pensado|decidido|organizado)\b|\bya (?:se|decidi) (?:como|cuando) (?:lo voy a hacer|hacerlo|va a ser)\b",
              r"\b(?:adios|despedida|despido|carta|nota|perdon(?:enme|adme)?|morir\w*|pastillas|cuerda|soga|ultima vez|ultimo mensaje|esta noche|para siempre|mis hijos|nadie me|no aguanto|mi vida)\b"),
        # goodbye / take care of my kids
        _both(r"\b(?:adios|me despido|despedida|perdonenme|perdonadme|perdon por todo|perdon a todos|si me pasa algo|gracias por todo|perdonadme todos|ya no estare|no estare|hasta siempre|los quiero a todos|os quiero a todos|ultimo mensaje|ultima vez)\b",
              r"\bcuid(?:en|ad|a|ar|enme|eis|e) (?:bien |mucho )?(?:a |de )?mis? (?:hijos|hijas|ninos|ninas|nenes|bebes|peques|pequenos|chicos|hij[oa]|nin[oa]|bebe|pequena|pequeno)\b"),
        r"\b(?:esta es|esto es) (?:mi |una )?(?:despedida|carta de despedida|adios)\b(?! (?:del|de este|de la|de mi trabajo|temporal|por un tiempo|por unos|hasta))",
        r"\b(?:adios|me despido) (?:de todos |de ustedes |de vosotros |a todos )?para siempre\b",
        r"\bcuando (?:lean|leais|leas) esto,? (?:ya )?(?:no estare|estare muert[oa]|habre muerto|me habre ido|ya no estare)\b",
        r"\bya no (?:voy a )?esta(?:re|r) en este mundo\b",
        _both(r"\bya no (?:voy a )?estar(?:e)? (?:aqui|mas|con ustedes|con vosotros|para nadie)\b", r"\b(?:adios|perdon\w*|mis hijos|para siempre|despid\w*|lo siento)\b"),
        # can't go on + risk cue
        _both(r"\b(?:ya )?no (?:puedo|aguanto|soporto) (?:mas|seguir|un dia mas|continuar)\b|\bno puedo seguir viviendo\b|\bestoy agotad[oa] de vivir\b|\bcansad[oa] de vivir\b", _ES_CUE_DEATH),
        r"\bestoy (?:muy |tan )?(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:vivir|estar viv[oa]|existir|seguir viv[oa])\b",
        # self-harm
        _unless(_ES_PAST, r"\bme (?:he )?(?:vuelto a )?cort(?:e|ado) (?:otra vez|de nuevo|los brazos|las munecas|las piernas|el brazo|la muneca|los muslos|las venas|hoy|anoche)\b(?! el pelo)"),
        _unless(_ES_PAST, r"\b(?:volvi|he vuelto) a (?:cortarme|hacerme cortes|lastimarme|autolesionarme|hacerme dano)\b(?! el pelo| las unas)"),
        r"\b(?:quiero|necesito|ganas de|me dan ganas de|tengo ganas de|no puedo dejar de) (?:cortarme|hacerme dano|lastimarme|autolesionarme|hacerme cortes|quemarme)\b(?! el pelo| las unas)",
        r"\bme (?:quiero|voy a) (?:cortar|lastimar|hacer dano)\b(?! el pelo| las unas| el flequillo)",
        r"\bme estoy (?:cortando|autolesionando|haciendo cortes|lastimando a proposito)\b(?! el pelo)",
        # in danger from someone right now
        r"\b(?:dice|dijo|ha dicho|me dijo|grita|gritando|amenaza|amenazo|me amenaza|me amenazo|me ha amenazado|jura|juro|me grita)(?: que| con)? (?:\w+ ){0,4}?(?:me va a matar|va a matarme|me mata|me matara|matarme|me mataria|me va a rajar|me va a apunalar|me va a pegar un tiro)\b",
        r"\b(?:tengo )?miedo (?:de )?que me (?:mate|vaya a matar|apunale|dispare)\b",
        _both(r"\b(?:esta|sigue|estan) (?:aqui |ahi )?(?:en|afuera de|fuera de|frente a|delante de|a) (?:la|mi) (?:puerta|casa|ventana|edificio|portal)\b",
              r"\b(?:miedo|ayuda|auxilio|policia|911|112|arma|pistola|cuchillo|navaja|amenaz\w*|golpeando|aporreando|pateando|gritando|romper|tirar la puerta|entrar|escondid[oa]|borracho|matar\w*)\b"),
        r"\b(?:esta|sigue|estan) (?:golpeando|aporreando|pateando|dando golpes a|dando patadas a|tirando|rompiendo|forzando|intentando abrir|intentando tirar) (?:la|mi) (?:puerta|ventana)\b",
        r"\bme (?:ha |tiene |dejo |ha dejado )?encerrad[oa]\b|\bme encerro (?:en|con llave|dentro)\b|\bme ha encerrado\b",
        r"\bno me deja salir (?:de (?:la )?casa|del cuarto|de la habitacion|del bano|del piso)\b",
        r"\bestoy escondid[oa] en (?:el|la) (?:bano|armario|habitacion|cuarto|closet|coche|cocina)\b",
        _both(r"\b(?:tiene|lleva|saco|ha sacado|agarro|cogio|trae|trajo) (?:un|una|el|la|su) (?:cuchillo|navaja|pistola|arma|escopeta|rifle|machete)\b",
              r"\b(?:miedo|ayuda|auxilio|policia|esta aqui|en casa|amenaz\w*|escondid[oa]|encerrad[oa]|matar\w*|gritando|borracho)\b"),
    ],
    violence=[
        # kill
        r"\b(?:lo|la|los|las|le|te) (?:voy a|vamos a|pienso|quiero|juro que (?:lo|la|los|las|te) voy a) (?:matar|asesinar|apunalar|acuchillar|ahorcar|estrangular|degollar)\b",
        r"\b(?:voy a|vamos a|quiero|pienso|juro que voy a|ire a|me voy a ir a) (?:matarlo|matarla|matarlos|matarlas|matarle|matarte|asesinarlo|asesinarla|apunalarlo|apunalarla|acuchillarlo|acuchillarla|estrangularla|estrangularlo|degollarla|degollarlo|pegarle un tiro|meterle un tiro|volarle la cabeza)\b",
        r"\b(?:yo )?(?:lo|la|los|las) mato\b(?! (?:de (?:risa|hambre|aburrimiento|amor)|a (?:besos|cosquillas|abrazos)))",
        r"\bte (?:mato|voy a matar|juro que te mato)\b(?! (?:de (?:risa|hambre|amor)|a (?:besos|cosquillas|abrazos)))",
        r"\b(?:le|te) (?:voy a |vamos a )?(?:pegar|meter|dar|clavar) (?:un tiro|dos tiros|un balazo|una punalada|punaladas|un navajazo)\b",
        r"\b(?:lo|la) voy a quemar viv[oa]\b|\b(?:le|les) voy a (?:echar|tirar) acido\b",
        # break his face / smash head
        r"\b(?:le|te|les) (?:voy a |vamos a |juro que le voy a )?(?:romper|partir|reventar|destrozar|abrir|rajar|machacar|aplastar|quebrar|hundir|rompo|parto|reviento|destrozo|abro|rajo|machaco|aplasto|quiebro|partire|rompere|reventare) (?:toda )?(?:la cara|la boca|la cabeza|la crisma|los dientes|las piernas|el cuello|la nariz|los huesos|el craneo|la jeta|el alma|la madre|las costillas|la mandibula|el hocico|los morros|el hocico)\b",
        r"\b(?:romperle|partirle|reventarle|destrozarle|abrirle|rajarle|machacarle|aplastarle|quebrarle|romperte|partirte|reventarte|romperles|partirles) (?:toda )?(?:la cara|la boca|la cabeza|la crisma|los dientes|las piernas|el cuello|la nariz|los huesos|el craneo|la jeta|el alma|la madre|las costillas|la mandibula)\b",
        # beat up
        r"\b(?:le|te|les) (?:voy a |vamos a )?(?:dar|meter|pegar|dare|metere|doy|meto|soltar|suelto) (?:una |un |tal |semejante |la |una buena |unos buenos |dos |tantas )?(?:paliza|palizon|golpiza|hostia|ostia|hostias|ostias|bofetada|bofetadas|punetazo|punetazos|patadas|tortazo|tortazos|guantazo|guantazos|putazo|putazos|madrazo|madrazos|chingadazo|vergazo|cachetada|cachetadas|trompada|trompadas|piña|pinas|leches|galletas)\b",
        r"\b(?:darle|darte|meterle|pegarle|soltarle|darles) (?:una |un |tal |la |una buena |unos buenos |unas )?(?:paliza|palizon|golpiza|hostia|ostia|hostias|ostias|bofetada|bofetadas|punetazo|punetazos|patadas|tortazo|guantazo|putazo|madrazo|cachetada|trompada|pinas|leches)\b",
        r"\b(?:lo|la|los|le|te) (?:voy a |vamos a )?(?:moler|hinchar|reventar|cagar|agarrar|sacar) a (?:palos|golpes|hostias|ostias|patadas|punetazos|trompadas|putazos|madrazos|cachetadas|bofetadas)\b",
        r"\b(?:lo|la|le|te) (?:voy a |vamos a )?(?:reventar|reviento|apalizar|apalizo|madrear|madreo|partir en dos|parto en dos|dejar en silla de ruedas|mandar al hospital|dejar sin dientes)\b(?! (?:en el juicio|en los tribunales|legalmente|en el divorcio|con el abogado))",
        r"\b(?:lo|la|le) (?:voy a |vamos a )?golpear\b|\bvoy a (?:golpearlo|golpearla|golpearle|pegarle|pegarla|pegarlo|patearlo|patearla)\b(?! (?:un grito|un susto|una llamada|un toque|una bronca|fuego))",
        r"\b(?:le|te) voy a pegar\b(?! (?:un grito|un susto|una llamada|un toque|una bronca|fuego|la|el|los|las|un mensaje|una foto|un link))",
        r"\b(?:la|lo) voy a (?:agarrar|arrastrar|coger|sacar) (?:de|por) los pelos\b|\b(?:agarrarla|arrastrarla|sacarla) (?:de|por) los pelos\b",
        # he'll pay
        r"\bme (?:las|la|lo) (?:va|van|vas) a pagar\b",
        r"\b(?:lo|las|la) (?:va|van|vas) a pagar (?:muy |bien )?caro\b",
        r"\bme (?:las|la) pagara(?:n|s)?\b",
        r"\b(?:va|van|vas) a pagar (?:por )?(?:lo que (?:me |nos )?(?:hizo|hicieron|hiciste|ha hecho|han hecho)|todo lo que|cada lagrima|todo el dano|todo esto)\b",
        r"\bpagara(?:n)? (?:muy )?(?:caro|por lo que (?:me )?hizo|por todo|cada lagrima)\b",
        r"\bse (?:la|las) voy a (?:cobrar|hacer pagar)\b|\bme (?:la|las) voy a cobrar\b",
        r"\b(?:hacerle|hacerla|hacerlo|hacerles) pagar\b(?! (?:la|el|los|las|su|sus|pension|manutencion|alimentos|deuda|hipoteca|abogado|parte))",
        r"\bvoy a hacer que (?:lo )?paguen?\b(?! (?:la|el|los|las|su|sus|pension|manutencion|alimentos|deuda|hipoteca|abogado|parte))",
        # I know where he lives (+ threat)
        _both(r"\b(?:se|conozco|tengo|averigue) (?:donde|en que calle|a que hora sale|la direccion de donde|su direccion|donde trabaja|donde aparca|donde estaciona|donde vive|donde duerme)\b",
              r"\b(?:voy a (?:ir|buscar\w*|esperar\w*|presentarme|aparecer|hacer\w*|ensenar\w*)|ire a|ire por|me voy a presentar|va a (?:pagar|saber|ver|arrepentir\w*)|cuidado|esperarl[oa]|me las|me la|se va a enterar|que se prepare|visita\w*|sorpresa|ya vera|mas le vale|no sabe lo que le espera)\b"),
        # make her regret
        r"\b(?:voy a hacer|hare|vamos a hacer|me encargare de) que (?:se )?arrepient(?:a|an)\b",
        r"\b(?:la|lo|los|las|le) (?:voy a hacer|hare) arrepentirse\b",
        r"\bse (?:va|van) a arrepentir de haber nacido\b|\bse arrepentira(?:n)? de haber nacido\b|\b(?:va|van) a desear no haber nacido\b",
        r"\bse va a enterar de quien soy\b",
        # won't stay at words / I'll be waiting
        r"\b(?:esta vez|ahora|esta) (?:no|ya no) (?:se )?(?:va a quedar|quedara|queda|me quedo|me voy a quedar) (?:solo )?en (?:palabras|amenazas)\b",
        r"\bno (?:se )?(?:va a quedar|quedara) (?:solo |todo )?en (?:palabras|amenazas)\b",
        r"\b(?:esta vez|ahora) (?:paso|voy a pasar) (?:de las palabras )?a los hechos\b",
        _unless(r"\bpara (?:hablar|conversar|aclarar|pedir|darle|recoger|entregar)\b",
                r"\b(?:lo|la|los|las|le) (?:voy a |vamos a |estare |estoy |estaremos )?(?:esperar|espero|esperare|esperando)\b (?:\w+ ){0,3}?(?:a la salida|afuera|fuera|en la puerta|en su puerta|en su casa|en el portal|en el parking|en el estacionamiento|en su trabajo|cuando salga|en la esquina|con un|con el bate|con una|con la navaja|con el cuchillo)"),
        r"\bno (?:va a ser|sera) para hablar\b",
        r"\bno (?:sale|va a salir|saldra|sale viv[oa]) viv[oa] de (?:esta|esa|aqui)\b|\bde esta no sale viv[oa]\b",
        r"\b(?:le|te|les) (?:voy a |vamos a )?(?:dar|doy|dare|inflar|infle) (?:de|a) (?:hostias|ostias|palos|golpes|patadas|punetazos|trompadas|putazos|madrazos|cachetadas|bofetadas|leches|navajazos)\b|\b(?:inflarlo|inflarla|inflarle) a (?:hostias|ostias|palos|golpes|patadas)\b",
        _both(r"\b(?:cuchillo|navaja|pistola|arma|bate|machete)\b", r"\b(?:se lo|te lo|le) voy a (?:clavar|meter|hundir|reventar)\b|\b(?:clavarselo|clavarle|meterle)\b"),
        r"\b(?:va|van|vas) a saber (?:quien soy yo|quien soy|lo que es bueno|de lo que soy capaz)\b|\bno sabe (?:con quien se ha metido|lo que le espera)\b",
        r"\bvoy a ir a por (?:el|ella|ellos|esa|ese)\b",
        r"\b(?:le|les) voy a hacer (?:mucho )?dano\b(?!.*\b(?:emocional|psicologic|donde mas le duele|con la verdad|en el juicio))",
        r"\bvoy a ir (?:a su casa |a buscarlo |a buscarla )?con (?:un|el|una|la) (?:cuchillo|navaja|pistola|arma|bate|palo|machete)\b",
    ],
    harassment=[
        _ES_NEG + r"\b(?:tu )?(?:eres|sos|seras) " + _ES_INT + _ES_INSULT + r"\b",
        r"\bqu[e] " + r"(?:patetic[oa]|ridicul[oa]|asqueros[oa]|falsa|falso|hipocrita|tont[oa]|estupid[oa]|idiota|pesad[oa]|cansin[oa]|inutil) (?:eres|sos)\b",
        r"(?<!no )(?<!no me )(?<!no nos )\b(?:me |nos )?das (?:mucha |tanta |tanto |un |una |hasta )?(?:pena|penita|asco|asquito|lastima|verguenza ajena|verguenza|risa|grima|repelus|nauseas)\b",
        r"\bojala (?:\w+ ){0,2}te (?:deje|dejen|vuelva a dejar|engane|enganen|vuelva a enganar|pongan los cuernos|ponga los cuernos|abandone|pase lo mismo)\b",
        r"\bque (?:asco|pena|verguenza|lastima|verguenza ajena) (?:me |nos )?das\b",
        r"\b(?:con razon|normal que|logico que|no me extrana que|no me sorprende que|por algo|ahora entiendo por que|ya entiendo por que|claro que|obvio que) (?:tu )?(?:\w+ )?te (?:dejo|dejara|dejase|haya dejado|ha dejado|engano|enganaba|enganara|enganase|haya enganado|ha enganado|puso los cuernos|pusiera los cuernos|pusiese los cuernos|ponga los cuernos|cambio por otr[ao]|cambiara por otr[ao]|abandono|abandonara|haya abandonado|fue infiel|fuera infiel|fuese infiel|haya sido infiel|sea infiel)\b",
        r"(?<!no )(?<!nunca )(?<!ni )(?<!que )\b(?:es|fue|era) (?:toda |solo |solamente |completamente |totalmente )?(?:tu culpa|culpa tuya)\b",
        r"(?<!que )\bla culpa (?:es|fue) (?:toda |solo )?tuya\b",
        r"(?<!no )(?<!que )\b(?:tu )?(?:tienes|tuviste) (?:toda )?la culpa\b",
        r"(?<!no )(?<!nunca )(?<!nadie )\b(?:tu )?te lo (?:buscaste|has buscado|tenias (?:bien )?merecido|tienes (?:bien )?merecido|ganaste a pulso)\b",
        r"\bbien merecido (?:lo |te lo )?tienes\b",
        r"\b(?:eso )?te pasa por (?:tonta|tonto|idiota|ingenua|ingenuo|estupida|estupido|confiada|confiado|ciega|ciego|pendeja|pendejo|gilipollas)\b",
        r"\b(?:que verguenza (?:das|me das)|deberia darte verguenza|deberias (?:tener|sentir) verguenza|te deberia dar verguenza|averguenzate|no te da verguenza|no tienes verguenza|no tienes vergüenza|vaya verguenza de persona|verguenza te deberia dar)\b",
        r"(?<!que )(?<!sientes )(?<!creer )(?<!crees )\bnadie (?:aqui |aca |en este grupo |en el grupo )?te (?:quiere|soporta|aguanta|traga|necesita|pidio (?:tu )?opinion|ha pedido (?:tu )?opinion|pregunto|ha preguntado|tiene aprecio)\b",
        r"\b(?:aqui|aca|en este grupo) (?:nadie te (?:quiere|soporta|aguanta|traga)|sobras|no pintas nada|no te queremos)\b",
        _unless(_ES_SAID, r"\b(?:largate|vete) (?:del grupo|de aqui|de este grupo|a la mierda|al carajo)\b|\bnadie te ha dado vela\b"),
        _unless(_ES_SAID + "|" + LAUGH, r"\b(?:a ver si te callas|te callas ya|por que no te callas|haznos un favor y callate|callate|cierra (?:la boca|el pico|el hocico|la bocota|el buzon)|a callar|callese|callense|calla ya|calla la boca|callate ya|callate la boca)\b"),
        r"\bnadie (?:aqui |en este grupo )?(?:te cree|se cree (?:nada de )?lo que dices|te toma en serio)\b|\blo que (?:tu )?eres es (?:un|una) " + _ES_INSULT + r"\b",
        r"\bpor eso (?:estas|te quedaste|sigues) sol[ao]\b|\bpor eso nadie te quiere\b|\bpor eso te (?:dejo|engano|pusieron los cuernos|puso los cuernos)\b",
        r"\bdeja de (?:hacerte la victima|hacerte el victima|llorar como|lloriquear|quejarte tanto|dar pena|hacer el ridiculo|victimizarte)\b",
        r"@\w+,? (?:eres |sos )?" + _ES_INT + r"(?:idiota|imbecil|estupid[oa]|patetic[oa]|ridicul[oa]|perdedor[a]?|fracasad[oa]|gilipollas|pendej[oa]|payas[oa]|mentiros[oa]|falsa|falso|puta|zorra|subnormal|retrasad[oa]|inutil|basura|asqueros[oa]|tont[oa])\b",
        r"(?<!ese )(?<!esa )(?<!el )(?<!la )(?<!un )(?<!una )(?<!es )(?<!era )\bpedazo de (?:idiota|imbecil|estupid[oa]|mierda|basura|subnormal|inutil|gilipollas|tont[oa])\b",
        r"\b(?:vos|oye|mira),? (?:grandisim[oa] |pedazo de |so )?(?:puta|zorra|guarra|imbecil|idiota|gilipollas|subnormal|retrasad[oa]|pendej[oa]|estupid[oa]|payas[oa]|perdedor[a]?)\b",
        r"\bso (?:idiota|imbecil|tont[oa]|estupid[oa]|guarra|zorra|puta|gilipollas|subnormal|payas[oa]|pesad[oa])\b",
        r"\b(?:sudacas?|panchitos|negratas?|moros de mierda|maricones de mierda|maricones|tortilleras|putos negros|putos moros|gitanos de mierda|judios de mierda|maricas de mierda)\b",
        r"\b(?:todos|todas) (?:los|las) (?:negros|moros|musulmanes|gitanos|judios|gays|maricas|inmigrantes|sudacas|latinos|chinos|trans) (?:son (?:unos |unas )?(?:animales|escoria|basura|ratas|cerdos|enfermos|delincuentes|parasitos|mierda))\b",
        _unless(_ES_SAID, r"\bmuerete\b|\bojala te mueras\b|\bque te (?:den|jodan)\b(?! (?:el|la|los|las|un|una|lo|algo|mas|permiso|cita|alta|trabajo|tiempo|fuerza|buenas))|\bvete a la mierda\b|(?<!que )\bno vales (?:nada|ni para)\b"),
        r"\b(?:me |nos )?(?:das|provocas|produces) (?:asco|arcadas|nauseas)\b|\bme repugnas\b|\bme asqueas\b",
    ],
    pos_crisis=[
        "no puedo mas, de verdad quiero morirme y que todo esto pare",
        "ya no quiero vivir, cada manana es peor que la anterior",
        "esta noche me voy a matar, ya lo decidi",
        "todos estarian mejor sin mi, sobre todo mis hijos",
        "siento que solo soy una carga para mi familia",
        "tengo las pastillas preparadas en la mesilla, no se ni por que escribo aqui",
        "esta es mi despedida. cuiden a mis hijos por favor, perdonenme",
        "ya no aguanto mas, solo quiero desaparecer para siempre",
        "me dijo que si lo denuncio me mata y ahora esta golpeando la puerta",
        "me tiene encerrada en el cuarto y no tengo el movil, escribo desde la tablet",
        "quiero acabar con todo de una vez",
        "he vuelto a cortarme los brazos anoche y no puedo parar",
        "ojala no despertarme manana",
        "estoy pensando en quitarme la vida, ya no aguanto",
        "ya tengo todo preparado, la carta para mis hijos esta en el cajon",
        "si vuelve con ella me mato.",
        "esta afuera de mi casa gritando, tengo mucho miedo, ayuda",
    ],
    pos_violence=[
        "si lo vuelvo a ver con ella lo mato, lo juro",
        "le voy a romper la cara a ese cabron en cuanto salga del trabajo",
        "a la tipa esa le voy a dar una paliza que no se le va a olvidar",
        "me las va a pagar todas, una por una",
        "se donde vive la amante y manana voy a ir a esperarla",
        "voy a hacer que se arrepienta de haberme enganado",
        "esta vez no se va a quedar en palabras",
        "lo voy a esperar a la salida del gimnasio y no va a ser para hablar",
        "voy a matarla, no me importa ir a la carcel",
        "juro que le parto la boca si se acerca a mis hijos",
        "lo va a pagar muy caro, eso te lo aseguro",
        "a ese lo voy a moler a palos",
    ],
    pos_harassment=[
        "@marta eres patetica, llevas meses llorando por lo mismo",
        "eres una perdedora, asumelo de una vez",
        "con razon tu marido te dejo, quien te aguanta",
        "es tu culpa que te enganara, te descuidaste",
        "que verguenza das, de verdad",
        "nadie aqui te soporta, vete del grupo",
        "callate ya, nadie te pregunto",
        "eres una falsa, todo lo que cuentas es mentira",
        "me das asco con tus lloriqueos",
        "tu te lo buscaste por ingenua",
        "deja de hacerte la victima, das pena",
        "sos un payaso, nadie te cree",
        "vaya pedazo de idiota, te lo dije mil veces",
    ],
    negative=[
        "que asco me da lo que hizo, es un patetico",
        "mi ex es un mentiroso y un cobarde, lo odio",
        "me muero de risa con tu meme",
        "este trabajo me esta matando, llevo doce horas",
        "hace dos anos queria morirme, ahora estoy estudiando otra vez",
        "no eres una carga, eres valiente por contarlo aqui",
        "no es tu culpa que te enganara, el decidio mentir",
        "no puedo seguir asi con mi matrimonio, voy a hablar con un abogado",
        "lo odio tanto que me dan ganas de gritar",
        "ojala algun dia se arrepienta de lo que hizo",
        "manana tengo terapia y luego voy a pagar la luz",
        "ese hijo de puta me puso los cuernos con mi mejor amiga",
        "me quiero morir de verguenza, le mande el mensaje a mi jefe jajaja",
        "no quiero vivir asi, con mentiras, asi que le pedi el divorcio",
        "tengo las pastillas para dormir que me receto el medico",
        "mi ex vino a recoger a los ninos, esta en la puerta esperando",
        "hace tres anos me corte los brazos; hoy pedi ayuda y estoy mejor",
        "tu no te lo merecias, nadie se merece que le enganen asi",
        "animo marta, no eres patetica por llorar, es parte del duelo",
        "quel connard, he is pathetic, er ist erbarmlich",
    ],
)

# ==========================================================================
# fr - French
# ==========================================================================
_FR_PAST = r"\bil y a (?:\w+ )?(?:ans|an|mois|longtemps)\b|\b(?:avant|autrefois|a l'epoque|a l epoque|plus jeune|ado|adolescente?)\b.*\b(?:maintenant|aujourd'hui|aujourd hui|desormais)\b"
_FR_SAID = r"\b(?:m'a|m a|lui a|nous a) (?:dit|crie|hurle|ecrit|lance)\b|\bil (?:dit|disait|crie|hurle)\b|\belle (?:dit|disait|crie|hurle)\b"
_FR_YOU = r"(?:tu es|t'es|t es|tes|vous etes|t'etais|tu etais|t'es vraiment)"
_FR_INT = r"(?:(?:sale|grosse|petite|vieille|vraiment|trop|tellement|si|juste|qu'un|qu'une|qu un|qu une|un|une|une vraie|un vrai|vraie|vrai|completement|totalement|franchement|grave|carrement|tout simplement|une pauvre|un pauvre|pauvre|toujours|encore|tres|bien|rien qu'une|rien qu'un|la plus|le plus|d'un|d une|d'une|sacrement|tellement|qu'une grosse|une grosse|un gros|une sale|un sale) )*"
_FR_INSULT = (r"(?:pathetiques?|minable|nul|nulle|nuls|loser|looser|une losere|rate|ratee|une ratee|un rate|une blague|une farce|un clown|une clowne|"
              r"ridicule|fausse|faux cul|fausse cul|hypocrite|mytho|mythomane|menteuse|menteur|stupide|debile|con|conne|idiote?|cretine?|abrutie?|"
              r"degoutante?|degueulasse|immonde|une honte|une merde|une salope|une pute|une chienne|une connasse|un connard|connasse|connard|"
              r"un pd|une grosse vache|une pleurnicharde|pleurnicharde|un boulet|une boulet|une tache|un tocard|une tocarde|tocard|tocarde|"
              r"une cocue|un cocu|cocue|cocu|insupportable|pitoyable|lamentable|grotesque|une moins que rien|un moins que rien|une traînee|une trainee|une grognasse|"
              r"chiante|chiant|relou|une relou|saoulante|soulante|pauvre fille|une pauvre fille|un pauvre type|pauvre type|pauvre conne|pauvre idiote|pauvre merde|la honte de ce groupe|la honte du groupe|la honte|une lourde|lourde|une victime de merde|une attardee|attardee?|une mongole|un mongol|un batard|une batarde|une sous-merde|une sous merde)")
_FR_CUE_DEATH = (r"\b(?:mourir|crever|morte?|me tuer|suicid\w*|disparaitre|en finir|fin a mes jours|mieux sans moi|fardeau|"
                 r"cachets|comprimes|medocs|lames|corde|adieu|plus me reveiller|envie de vivre|la force de vivre)\b")

_lang(
    "fr",
    crisis=[
        _unless(LAUGH, r"\bje (?:veux|voudrais|veut|veu) (?:juste |vraiment |seulement |simplement |tellement |plus que |que |en fait |sincerement )*(?:mourir|crever|etre morte?|ne plus exister|ne plus etre la)\b(?! de | d'| d )"),
        _unless(LAUGH, r"\b(?:j'ai|j ai|jai) (?:juste |tellement |vraiment |souvent |encore |trop )*envie de (?:mourir|crever|disparaitre pour toujours|ne plus exister|ne plus me reveiller|en finir)\b(?! de | d'| d | avec (?:lui|elle|eux|cette|ce |cet |ma relation|notre|mon mariage|mon couple))"),
        r"\bje (?:prefererais|prefere|voudrais) (?:etre morte?|mourir|ne pas me reveiller|ne plus me reveiller|ne jamais me reveiller)\b(?! que | de )",
        r"\bsi seulement je pouvais (?:mourir|ne pas me reveiller|ne plus me reveiller|disparaitre)\b",
        r"\b(?:ne plus|ne pas|pas|plus) me reveiller (?:demain|du tout|jamais|le matin|ce matin|une bonne fois)\b",
        r"\bje (?:ne )?veux (?:plus|pas) (?:continuer a |continuer de )?vivre\b(?! (?:comme ca|ainsi|avec|dans|sans|comme|une|un|sous|cette|ce|la|le|chez|aupres|a cote))",
        r"\b(?:je n'ai|j'ai|je n ai|j ai|jai|n'ai|n ai) plus (?:aucune )?(?:envie|le gout|la force|le courage|de raison|aucune raison) de vivre\b(?! (?:comme|avec|ainsi|dans|sous|aupres|a cote))",
        r"\bplus (?:aucune )?(?:envie|la force|le courage|le gout) de vivre\b(?! comme| avec| ainsi| dans| aupres)",
        r"\bje (?:pense|ne pense qu'|ne pense qu |pense qu') ?(?:a la mort|a mourir|a me tuer|au suicide|a en finir)\b|\bje pense (?:tout le temps|sans arret|constamment|que|tous les jours|chaque jour|encore) (?:a la mort|a mourir|a me tuer|au suicide|a en finir)\b",
        r"\b(?:ce serait|ca serait|tout serait|ce sera) (?:tellement |bien |beaucoup )?(?:plus simple|mieux|plus facile) (?:pour tout le monde )?si je (?:n'etais plus la|n etais plus la|mourais|disparaissais|n'existais pas|n existais pas|n'existais plus|etais morte?)\b",
        r"\bmieux sans (?:une mere|un pere|une femme|quelqu'un|une personne|une epouse|un mari) comme moi\b",
        r"\b(?:je (?:ne )?veux (?:plus|pas)|je voudrais ne plus|j'aimerais ne plus|j'aimerais ne pas) me reveiller\b(?! (?:tot|a \d|avant|si tot))",
        _unless(_FR_PAST, r"\b(?:j'ai|j ai|jai|je viens d'|je viens d) ?(?:pris|avale|avaler|prendre) (?:une boite|toute la boite|toute la plaquette|tous mes|tous les|toutes mes|une plaquette entiere|plusieurs boites|un tas) (?:de |d')?(?:cachets|comprimes|medocs|medicaments|somniferes|anxiolytiques|antidepresseurs|pilules)?\b"),
        _unless(_FR_PAST,
                r"\b(?:serait|seraient|sera|seront) (?:\w+ )?(?:soulages?|soulagees?|mieux|plus heureux|plus heureuses?|tranquilles?) si je (?:partais|disparaissais|mourais|n'etais plus la|n etais plus la|crevais)\b"),
        r"\bje (?:pense|songe) (?:serieusement|vraiment|de plus en plus|souvent) (?:au suicide|a me tuer|a en finir|a mourir|a la mort)\b",
        r"\b(?:j'ai|j ai|jai) (?:achete|pris|pique|pique) (?:des|une boite de|un paquet de) (?:lames(?: de rasoir)?|cutters?)\b(?! pour (?:le|la|les|mon|ma))",
        r"\b(?:j'ai|j ai|jai) (?:ecrit|laisse|prepare) (?:une |des |ma |mes )?(?:lettres?|mots?) (?:d'adieu|d adieu|pour mes enfants|a mes enfants|pour ma famille)\b|\bc'est fini pour moi\b|\bc est fini pour moi\b|\bsuicide note\b",
        r"\bje vais (?:sauter|me jeter|me lancer) (?:du|d'un|d un|de la|par la|sous le|sous un) (?:pont|fenetre|balcon|toit|immeuble|falaise|train|metro)\b|\bje saute (?:du|d'un|par la) (?:pont|fenetre|balcon|toit)\b",
        r"\bje ne vois plus (?:aucune )?(?:raison|l'interet|l interet|le sens|de sens) (?:de|a) (?:vivre|continuer a vivre|rester en vie)\b",
        _unless(r"\bdisparaitre (?:quelques|un|une|pour un|pour quelques|de (?:ce groupe|ce forum|sa vie|leur vie|la ville|ici|facebook|insta|instagram|reseaux|ce travail))", r"\bje (?:veux|voudrais) (?:juste )?disparaitre\b|\bdisparaitre pour toujours\b|\bdisparaitre de ce monde\b"),
        _unless(_FR_PAST, r"\bje (?:vais|veux|pense a|pense|compte|vais finir par|voudrais|songe a|me prepare a|suis prete? a|suis sur le point de|ai decide de) (?:\w+ )?(?:me tuer|me suicider|me foutre en l'air|me foutre en l air|mettre fin a mes jours|mettre fin a ma vie|en finir avec la vie|en finir avec ma vie|me pendre|me jeter (?:sous|du|d'un|d un|par|dans)|m'ouvrir les veines|m ouvrir les veines|me taillader les veines|avaler tous? (?:mes|les) (?:cachets|medocs|medicaments|comprimes)|me supprimer)\b(?! a la tache| au travail| a force)"),
        r"\b(?:me suicider|me foutre en l'air|me foutre en l air|mettre fin a mes jours|me pendre)\b(?!.*\b(?:il y a \w+ ans|avant)\b)",
        _unless(r"\bavec (?:lui|elle|eux|cette|ce |cet |ma relation|notre|mon mariage|mon couple|le divorce|les|cette histoire|tout ca avec)\b", r"\b(?:je veux|j'ai envie d'|j ai envie d|envie d'|envie d |je vais|je voudrais|il faut que j'|il faut que j |je dois|jvais|j'vais) ?en finir\b"),
        r"\bmettre fin a (?:tout|ma vie|mes jours|mes souffrances)\b",
        _unless(_FR_PAST, r"\b(?:j'ai|j ai|jai) (?:des |encore des |souvent des |de nouveau des |a nouveau des )?(?:idees noires|pensees suicidaires|idees suicidaires|envies suicidaires)\b"),
        r"\b(?:peur de|je vais) passer a l'acte\b|\bpeur de passer a l acte\b",
        r"\b(?:serai(?:en)?t|seront|irai(?:en)?t|vivrai(?:en)?t|se porterai(?:en)?t|seraient|serais|seriez) (?:tous |toutes |tellement |bien |beaucoup |vraiment |franchement )*mieux sans moi\b",
        r"\b(?:tout le monde|le monde|mes enfants|ma famille|vous tous|les gens|tous)(?: \w+){0,2} (?:serait|seraient|sera|seront) (?:\w+ )?(?:mieux|plus heureux|plus heureuse|soulages?) (?:sans moi|si je (?:n'etais plus|n etais plus|disparaissais|mourais))\b",
        r"\bpersonne ne (?:me )?(?:regretterait|pleurerait|remarquerait|verrait la difference) si je (?:mourais|disparaissais|partais|n'etais plus la|n etais plus la)\b",
        r"\bje (?:suis|ne suis qu'|ne suis qu |me sens|suis devenue?|deviens) (?:juste |seulement |vraiment |devenue |devenu |un |une |qu'un |qu un )*(?:un fardeau|un poids|une charge|un boulet)(?: pour)?\b",
        _unless(r"pilulier|ordonnance|pharmacie|traitement", r"\b(?:cachets|comprimes|medocs|medicaments|pilules|lames|lames de rasoir|corde|somniferes|anxiolytiques)\b[^.]{0,40}\b(?:prets?|pretes?|prepares?|preparees?|a cote de moi|devant moi|dans ma main|a portee de main|de cote|stockes?|sur la table de nuit|comptes?)\b"),
        r"\b(?:j'ai|j ai|jai) (?:mis de cote|garde|stocke|accumule|amasse|economise|rassemble) (?:\w+ )?(?:cachets|medocs|medicaments|comprimes|somniferes|anxiolytiques|lames)\b",
        r"\b(?:j'ai|j ai|jai) achete (?:une |la )?corde\b(?! a linge| pour)",
        _both(r"\btout est (?:pret|prepare|planifie|organise|decide|regle)\b|\b(?:j'ai|j ai|jai) tout (?:prepare|prevu|planifie|organise|decide)\b|\bje sais (?:comment|quand) je vais le faire\b",
              r"\b(?:adieu|lettre|mot|pardon\w*|mourir|cachets|medocs|corde|derniere fois|dernier message|ce soir|cette nuit|pour toujours|mes enfants|plus la|en finir)\b"),
        _both(r"\b(?:adieu|pardonnez-moi|pardonnez moi|pardon pour tout|je ne serai plus la|je serai plus la|derniere fois|dernier message|je vous aime tous|au revoir a tous)\b",
              r"\bprenez (?:bien )?soin de mes (?:enfants|filles|fils|petits|bebes|gosses)\b|\bveillez sur mes enfants\b|\bs'occuper de mes enfants\b"),
        r"\b(?:c'est|ceci est|c est|voici) (?:un|mon) (?:adieu|dernier adieu|message d'adieu|message d adieu|lettre d'adieu)\b(?! (?:au groupe|a ce groupe|au forum|temporaire))",
        r"\b(?:je vous dis|dis) adieu (?:a tous|pour toujours|pour de bon)\b|\badieu pour toujours\b|\badieu a tous,? je\b",
        r"\bquand vous lirez (?:ce message|ceci|ca),? je (?:ne serai plus (?:la|de ce monde)|serai (?:deja )?morte?|serai partie? pour toujours)\b",
        _both(r"\bje (?:n'en peux plus|n en peux plus|en peux plus|ne peux plus continuer|peux plus continuer|ne tiens plus|tiens plus le coup|suis a bout)\b", _FR_CUE_DEATH),
        _unless(_FR_PAST, r"\bje me suis (?:encore |de nouveau |a nouveau )?(?:refait|re-fait|fait) du mal (?:hier|cette nuit|ce soir|encore|a nouveau|de nouveau|ce matin|expres)\b|\bje me (?:scarifie|mutile|coupe les (?:bras|poignets|cuisses)|taillade)\b|\bje me suis (?:encore |a nouveau |de nouveau )?(?:scarifiee?|coupee? (?:les bras|les poignets|les cuisses|encore|a nouveau|de nouveau|hier|cette nuit)|tailladee? (?:les bras|les poignets))\b"),
        r"\b(?:envie de|besoin de|je veux|je vais) me (?:scarifier|mutiler|couper les (?:bras|poignets|veines)|faire du mal|faire mal expres|bruler expres)\b",
        r"\b(?:il|elle) (?:dit|m'a dit|a dit|menace|m'a menacee?|me menace|jure|hurle|crie|repete)(?: qu'(?:il|elle)| qu (?:il|elle)| de)? (?:\w+ ){0,4}?(?:va me tuer|me tuera|me tuer|me buter|va me buter|me crever|va me crever|me fera la peau|va me faire la peau|me tuerait)\b",
        r"\bmenace de me (?:tuer|buter|crever|frapper|defigurer|bruler)\b",
        _both(r"\b(?:il|elle) est (?:devant|derriere|a) (?:ma|la) (?:porte|fenetre|maison)\b|\b(?:il|elle) (?:tape|frappe|cogne|tambourine) (?:a|sur|contre) (?:ma|la) porte\b|\b(?:il|elle) est en bas de chez moi\b",
              r"\b(?:peur|aide|au secours|police|17|112|arme|couteau|flingue|pistolet|menace\w*|hurle|crie|defonce\w*|entrer|cachee?|bourre|saoul|ivre|tuer)\b"),
        r"\b(?:il|elle) (?:essaie|essaye|tente) (?:de defoncer|d'enfoncer|d enfoncer|de casser) (?:ma|la) porte\b|\b(?:il|elle) (?:defonce|enfonce) (?:ma|la) porte\b",
        r"\b(?:il|elle) m'a enfermee?\b|\b(?:il|elle) m a enfermee?\b|\b(?:il|elle) m'enferme\b|\bje suis enfermee? (?:a cle|dans (?:la|ma|une) (?:chambre|salle de bain|cave|voiture))\b",
        r"\bje (?:me cache|suis cachee?) dans (?:la|les|ma) (?:salle de bain|toilettes|chambre|placard|cave)\b",
        _both(r"\b(?:il|elle) a (?:un|une|son|sa) (?:couteau|arme|flingue|pistolet|fusil|hache)\b",
              r"\b(?:peur|aide|au secours|police|menace\w*|cachee?|enfermee?|tuer|ici|maison|hurle|bourre|saoul|ivre)\b"),
    ],
    violence=[
        r"\bje (?:vais|veux|vas|vai|v|m'en vais) (?:tuer|buter|tabasser|massacrer|egorger|etrangler|poignarder|defoncer|cogner|frapper) (?:ce|cette|cet|mon|ma|son|sa|les deux|ces|sa pute|cette pute|l'autre|l autre) ?\w+\b(?! (?:a|de) la porte)",
        r"\bje (?:vais|veux|vas|vai|v|m'en vais) (?:le |la |les |l'|l |te |t')(?:tuer|buter|crever|massacrer|tabasser|frapper|egorger|etrangler|poignarder|planter|defigurer|fumer|cogner|defoncer|demolir|bruler vive?)\b(?! (?:au|devant le|devant la) (?:tribunal|juge|proces)| en justice| de rire)",
        r"\b(?:jvais|j'vais|j vais) (?:le |la |les |l'|l |te |t')?(?:tuer|buter|crever|massacrer|tabasser|frapper|egorger|etrangler|poignarder|planter|defoncer|cogner)\b",
        _unless(r"\b(?:m'a|m a|lui a|nous a) (?:dit|crie|hurle|ecrit|lance)\b",
                r"\bje (?:le|la|les|te) (?:tue|bute|creve|massacre|tabasse|egorge|etrangle|plante|bousille|defonce|cogne)\b(?! (?:de rire|au tribunal|en justice))|\bje (?:l'|t')(?:egorge|etrangle|eclate|explose|ecrase)\b"),
        r"\b(?:lui|leur|te|vous) (?:faire la peau|regler son compte|regler leur compte|faire sa fete)\b",
        r"\b(?:je vais |j'vais |jvais |je )?(?:lui|leur|te) (?:casser|peter|defoncer|exploser|eclater|fracasser|refaire|arracher|briser|casse|pete|defonce|explose|eclate|fracasse|refais|arrache|brise|demonter|demonte) (?:la gueule|la tete|le crane|la figure|la face|les dents|les jambes|le nez|les genoux|la machoire|les os|la tronche|le portrait|les rotules|la colonne|le cou|les yeux|la langue|les cheveux|les bras)\b",
        _both(r"\bje (?:le|la|les) (?:descends|descendrai|bute|flingue|fume|plante)\b", r"\b(?:touche|approche|revient|recommence|vois|croise)\b"),
        r"\b(?:casser|peter|defoncer|eclater|exploser|fracasser) (?:la gueule|la tete|la tronche|la figure|le crane|les dents) (?:a|de) (?:ce|cette|cet|mon|ma|son|sa|l'|la|le)\b",
        r"\b(?:je vais |j'vais |jvais |je )?(?:lui|leur|te) (?:foutre|mettre|coller|donner|fous|mets|colle|donne|en coller|en mettre|en foutre) (?:une |des |sa |la |un |deux )?(?:raclee|branlee|trempe|baffe|baffes|gifle|gifles|beigne|beignes|claque|claques|mandale|mandales|patate|droite|pain|tarte|tartes|coup de poing|coups de poing|coup de couteau|coups de couteau|balle|rouste|derouillee|volee|correction|coup de boule)\b",
        r"\b(?:il|elle|ils|elles) (?:va|vont) (?:me le payer|me la payer|le payer(?: cher| tres cher)?|payer (?:tres |bien )?cher|payer pour ce qu|payer pour tout|la payer)\b",
        r"\b(?:il|elle|ils|elles) me (?:le |la )?(?:paiera|paieront|payera|payeront)\b",
        r"\b(?:il|elle) (?:paiera|payera) (?:cher|pour ce qu|pour tout)\b",
        r"\bje vais (?:le |la |les |lui |leur )?faire payer\b(?! (?:la|le|les|sa|son|ses|une|un|des|du|pension|loyer|facture))",
        _both(r"\bje sais (?:ou|a quelle heure|ou est-ce qu') ?(?:il|elle|ils|elles) (?:habite|habitent|vit|vivent|travaille|travaillent|se gare|sort|sortent|dort|bosse)\b",
              r"\b(?:je vais|j'vais|jvais|j'irai|aller|attendre|l'attendre|payer|regretter|gare a|visite|surprise|tuer|frapper|casser|compte|prevenue?|previens|attention|faire un tour|rendre visite|debarquer)\b"),
        r"\bje vais (?:lui |leur |te |le |la |les )?faire regretter\b|\bje vais faire en sorte qu'(?:il|elle) (?:le )?regrette\b|\bje vais faire en sorte qu (?:il|elle) (?:le )?regrette\b",
        r"\bregretter? d'(?:etre|avoir) nee?\b|\bregretter? d etre nee?\b|\bregrettera d'etre ne\b",
        r"\b(?:ca|ce|ça) (?:ne )?(?:restera|va rester|sera) pas (?:que )?(?:des|qu'?a des|au stade des|de simples|juste des|que des) (?:mots|paroles|menaces)\b",
        r"\b(?:ne restera|restera|va pas rester|ne va pas rester|n'en restera|n en restera) pas (?:qu'?(?:a|au) |a |au )?(?:des |de simples |au stade des |aux |stade des )?(?:mots|paroles|menaces)\b",
        r"\bcette fois,? je (?:passe|vais passer) aux actes\b",
        _unless(r"\bpour (?:recuperer|parler|discuter|prendre|donner|lui parler|recup)\b",
                r"\bje (?:vais |l'|l |les |m'en vais )?(?:l'|l |les )?(?:attendre|attendrai|attends|guetter|guetterai|guette)\b(?: \w+){0,3} (?:a la sortie|devant chez (?:lui|elle)|en bas de chez|devant son|devant sa|sur le parking|au coin|avec une?|a son travail|devant sa porte|de pied ferme)"),
        r"\bje (?:l'|l )attends de pied ferme\b",
        r"\b(?:je )?(?:lui|te|leur) (?:plante|planter|plant|enfonce|enfoncer|mets|mettre|fous|foutre|colle|coller) (?:un|mon|le|des|deux) (?:couteau|coup de couteau|coups de couteau|lame|balle|balles|cran d'arret)\b",
        r"\bje vais (?:lui|leur) faire (?:du )?mal\b(?! (?:au portefeuille|ou ca fait mal|moralement|financierement|emotionnellement))",
        r"\bje vais (?:aller )?(?:la|le|les) chercher avec (?:un|une|mon|ma) (?:couteau|batte|flingue|arme|pistolet|fusil|barre)\b",
    ],
    harassment=[
        r"(?<!pas que )(?<!crois que )(?<!penses que )(?<!croire que )(?<!dit que )(?<!dire que )\b" + _FR_YOU + r" " + _FR_INT + _FR_INSULT + r"\b",
        r"\b(?:espece|espece) d'?(?:e )?(?:sale )?(?:connard|connasse|conne|con|idiote?|abrutie?|salope|pute|grosse vache|debile|cretine?|imbecile|mythomane|menteuse|menteur|minable|ratee?|loser|tocarde?|pauvre conne|pauvre fille|pauvre type|grognasse|trainee|cocue?|pleurnicharde)\b(?<!cette espece d'idiote)",
        r"\btu (?:me |nous )?(?:fais|fait) (?:vraiment |trop |tellement |grave )?(?:pitie|honte|vomir|gerber|de la peine a voir)\b",
        r"\btu (?:me |nous )?(?:degoutes|degoute|ecoeures|ecoeure|debectes|debecte)\b|\bje te (?:meprise|vomis|trouve pathetique|trouve minable|trouve ridicule)\b",
        r"\b(?:pas etonnant|pas surprenant|normal|forcement|evidemment|c'est pour ca|c est pour ca|voila pourquoi|ca m'etonne pas|ca m etonne pas|ca ne m'etonne pas|je comprends mieux pourquoi|tu m'etonnes|tu m etonnes) (?:qu'|qu |que |pourquoi )?(?:il|elle|ils|ton mari|ta femme|ton ex|ton mec|ta copine|ton copain|ton homme|ta meuf) (?:t'ait|t ait|t'a|t a|te|t'avait|ait|soit|se soit|aille|va|soit alle|soit allee) ?(?:parti|partie|barre|barree|tire|alle voir ailleurs|voir ailleurs|quittee?|larguee?|trompee?|lachee?|plaquee?|abandonnee?|trahie?|jetee?|laisse tomber|remplacee?|cocufiee?|fait cocue?)\b",
        r"(?<!tu penses que )(?<!croire que )(?<!tu crois que )(?<!dire que )(?<!il dit que )(?<!elle dit que )(?<!pas )\bc'est (?:de )?(?:ta|votre) (?:propre )?faute\b|(?<!pas )\bc est (?:de )?(?:ta|votre) (?:propre )?faute\b|\bla faute a toi\b|\bc'est toi (?:la |qui es )?(?:fautive|coupable|responsable)\b",
        r"\btu l'as (?:bien )?cherche\b|\btu l as (?:bien )?cherche\b|\bbien fait pour (?:toi|ta gueule|vous)\b|\bt'as qu'a t'en prendre a toi\b|\bt as qu a t en prendre a toi\b|\btu n'avais qu'a\b|\bt'avais qu'a\b",
        r"\bhonte a (?:toi|vous)\b|\btu devrais avoir honte\b|\b(?:t'as|tu n'as|tas|t as|vous n'avez) pas honte\b|\bquelle honte (?:tu es|t'es|de toi)\b",
        r"(?<!que )(?<!qu' )\bpersonne (?:ici |dans ce groupe |dans le groupe )?(?:ne )?(?:t'aime|t aime|te supporte|t'apprecie|t apprecie|te veut|t'a (?:rien )?demande|t a (?:rien )?demande|t'a sonne|t a sonne|veut de toi|te demande ton avis)\b",
        r"\bon (?:t'a|t a) pas sonne\b|\bon s'en fout de (?:toi|ta vie|ton histoire)\b|\bon s en fout de (?:toi|ta vie)\b",
        _unless(_FR_SAID, r"\b(?:degage|casse-toi|casse toi|barre-toi|barre toi|tire-toi|va-t'en) (?:du groupe|d'ici|d ici|de la|de ce groupe)\b|\bva te faire (?:foutre|voir|enculer)\b|\bva crever\b"),
        _unless(_FR_SAID + "|" + LAUGH, r"\b(?:ta gueule|ferme ta gueule|ferme ta bouche|tais-toi|tais toi|taisez-vous|taisez vous|boucle-la|boucle la|ferme-la|fermez-la|la ferme,)\b|\bferme[- ]la(?=\s*(?:[.,!?;]|$|toi|connasse|conne|idiote))"),
        r"\barrete de (?:te victimiser|faire la victime|pleurnicher|chialer|te plaindre tout le temps|jouer les victimes)\b",
        r"@\w+,? (?:t'es |tu es |t es )?" + _FR_INT + r"(?:conne|connasse|connard|idiote?|debile|cretine?|abrutie?|pathetique|minable|nulle?|ridicule|pitoyable|menteuse|mytho|salope|pute|rate|ratee|loser|tocarde?)\b",
        r"(?<!cette )(?<!la )(?<!une )(?<!cet )(?<!ce )\bsale (?:pute|chienne|conne|connasse|salope|grosse|mytho|menteuse|pleurnicharde|tocarde)\b(?=\s*(?:[.,!?;]|$|va|tu|t'|t |toi|ferme))",
        r"\b(?:sale (?:arabe|noir|negre|bougnoule|juif|juive|pd|pede|gouine|tapette|race|bicot|rebeu|negresse|musulman)|bougnoules?|youpins?|negros|sales arabes|sales noirs|sales juifs|sales pedes|bande de pedes)\b",
        r"\b(?:tous|toutes) les (?:arabes|noirs|juifs|musulmans|gays|pedes|homos|trans|migrants|roms|gitans) sont (?:des )?(?:animaux|chiens|rats|parasites|porcs|malades|voleurs|terroristes|merdes|dechets)\b",
        r"\bpersonne ne veut de toi\b|\bt'es rien\b|\bt es rien\b|\btu vaux rien\b|\btu ne vaux rien\b|\btu sers a rien\b|\btu ne sers a rien\b",
    ],
    pos_crisis=[
        "je veux mourir, je n'en peux plus de cette douleur",
        "je ne veux plus vivre, tout est noir depuis des semaines",
        "ce soir je vais me tuer, j'ai pris ma decision",
        "tout le monde serait mieux sans moi, surtout mes enfants",
        "je suis un fardeau pour tout le monde",
        "j'ai les cachets prets sur la table de nuit",
        "c'est un adieu. prenez soin de mes enfants s'il vous plait",
        "je n'en peux plus, je veux juste disparaitre pour toujours",
        "il dit qu'il va me tuer et il est devant la porte, j'ai tellement peur",
        "il m'a enfermee dans la chambre et a pris mon telephone, j'ecris depuis l'ordi",
        "j'ai envie d'en finir",
        "je me suis encore coupee les bras cette nuit",
        "j'ai des idees noires tous les soirs, je pense a me foutre en l'air",
        "tout est pret, j'ai ecrit la lettre pour mes enfants",
        "quand vous lirez ce message je ne serai plus la",
    ],
    pos_violence=[
        "je vais le tuer, je vous jure que je vais le tuer",
        "je vais lui casser la gueule a ce connard",
        "la prochaine fois que je la croise je lui fous une raclee",
        "il va me le payer, croyez-moi",
        "je sais ou elle habite et je vais aller lui rendre visite",
        "je vais lui faire regretter d'etre ne",
        "cette fois ca ne restera pas des mots",
        "je vais l'attendre devant chez lui avec une batte",
        "s'il touche a mes enfants je le bute",
        "je vais lui peter les dents a ce salaud",
        "elle me le paiera, je vous le promets",
        "je l'attends de pied ferme ce lache",
    ],
    pos_harassment=[
        "@sophie t'es vraiment pathetique, ca fait six mois que tu pleures",
        "tu es une ratee, assume",
        "pas etonnant qu'il t'ait quittee, t'es insupportable",
        "c'est de ta faute s'il t'a trompee, tu t'es laissee aller",
        "honte a toi de raconter ca ici",
        "personne ici ne te supporte, degage du groupe",
        "ta gueule, personne t'a sonne",
        "tu es fausse, tout ce que tu racontes est invente",
        "tu me degoutes avec tes jérémiades".replace("é", "e"),
        "tu l'as bien cherche, fallait pas etre aussi naive",
        "arrete de faire la victime, tu fais pitie",
        "espece de conne, t'as rien compris",
    ],
    negative=[
        "quel connard, il m'a menti pendant trois ans",
        "il est pathetique, je ne comprends pas ce que je lui trouvais",
        "je suis morte de rire avec ta photo",
        "ce boulot me tue, je rentre a 22h tous les soirs",
        "il y a deux ans je voulais mourir, maintenant j'ai repris mes etudes",
        "tu n'es pas un fardeau, merci d'avoir partage ca avec nous",
        "ce n'est pas ta faute s'il t'a trompee, c'est son choix a lui",
        "je ne peux plus continuer comme ca avec lui, je vais demander le divorce",
        "je veux en finir avec cette relation toxique",
        "il va payer la pension des enfants, le juge l'a decide",
        "je meurs de faim, je vais me faire un sandwich",
        "tu n'as pas a avoir honte, on est tous passes par la",
        "je ne veux plus vivre comme ca, dans le mensonge, alors je pars",
        "ma psy m'a prescrit des somniferes, les cachets sont prets dans le pilulier",
        "il est devant la porte pour recuperer les enfants, ca se passe bien",
        "courage, tu es forte et tu n'es pas ridicule du tout",
        "la ferme de mes parents est un bon endroit pour se reposer",
        "j'ai envie de mourir de rire quand je relis nos messages de l'epoque lol",
        "je vais frapper a la porte de la voisine pour lui rendre son colis",
        "je vais la voir demain pour parler des enfants",
    ],
)

# ==========================================================================
# de - German
# ==========================================================================
_DE_PAST = r"\bvor (?:\w+ )?(?:jahren|jahr|monaten|monat|langer zeit)\b|\b(?:fruher|damals|als teenager|als jugendliche)\b"
_DE_SAID = r"\bgesagt\b|\bsagte\b|\bzu mir\b|\b(?:er|sie) (?:sagte|sagt|schrie|schreit|brullte|brullt|meinte|hat gesagt|hat geschrien)\b|\bhat (?:er|sie) (?:gesagt|geschrien)\b"
_DE_INT = r"(?:(?:so|echt|wirklich|total|einfach|nur|ein|eine|einer|ganz|voll|mega|richtig|absolut|echter|echte|richtiger|richtige|kleiner|kleine|dummer|dumme|armer|arme|dermassen|sowas von|halt|doch|ja|schon|auch|immer noch|noch|nichts als|nix als|der letzte|die letzte|das letzte|komplett|vollig|unglaublich|so ein|so eine|sone|son) )*"
_DE_INSULT = (r"(?:erbarmlich|armselig|jammerlich|lacherlich|peinlich|ein loser|ein looser|loser|looser|ein versager|eine versagerin|versager|versagerin|ein witz|eine witzfigur|witzfigur|ein clown|fake|falsch|verlogen|eine heuchlerin|ein heuchler|heuchlerin|heuchler|"
              r"eine lugnerin|ein lugner|lugnerin|lugner|dumm|blod|bescheuert|behindert|zum kotzen|ekelhaft|widerlich|abstossend|eklig|eine schlampe|schlampe|eine hure|hure|eine fotze|ein spast|spast|ein idiot|eine idiotin|idiot|idiotin|"
              r"ein arschloch|arschloch|eine heulsuse|heulsuse|eine dramaqueen|dramaqueen|ein nichts|eine null|ein niemand|eine niete|niete|erbarmliche|armselige|das letzte|der letzte dreck|das allerletzte|eine zumutung|eine schande|asozial|eine asoziale|ein asozialer|"
              r"ein trottel|trottel|eine bitch|bitch|eine nutte|nutte|eine zicke|zicke|eine kuh|eine dumme kuh|ein depp|depp|ein vollidiot|vollidiot|eine vollidiotin|hasslich|fett und hasslich|nutzlos|wertlos|ein wrack)")
_DE_CUE_DEATH = (r"\b(?:sterben|tot|umbringen|umzubringen|suizid\w*|selbstmord\w*|leben nehmen|ende setzen|verschwinden|abschied|tabletten|klingen|strick|"
                 r"nicht mehr aufwachen|besser ohne mich|besser dran ohne mich|eine last|zur last|nicht mehr leben\b(?! so| mit)|weiterleben|existieren)\b")

_lang(
    "de",
    crisis=[
        _unless(LAUGH, r"\bich (?:will|mochte|wurde gerne|wurde am liebsten|wurde so gerne|wunsche mir|mochte am liebsten)(?: (?:einfach|nur|noch|nur noch|am liebsten|gerne|gern|jetzt|endlich|wirklich|echt|so|einfach nur|heute|bald|nicht mehr leben,? ich will))* (?:sterben|tot sein)\b(?! vor| als)"),
        _unless(LAUGH, r"\b(?:manchmal|oft|heute|gerade|jeden tag|am liebsten|eigentlich) (?:will|mochte) ich (?:einfach |nur |nur noch |am liebsten )*(?:sterben|tot sein)\b(?! vor| als)"),
        r"\b(?:ich )?(?:ware|wär|waer) (?:am liebsten |lieber |einfach |so gern |gerne |echt )*tot\b(?! als|,? als)",
        r"\b(?:ich )?wunschte,? ich (?:ware|wär) tot\b|\bwunschte,? ich ware nie geboren\b|\bich will tot sein\b",
        r"\bich (?:will|mochte|kann) (?:einfach |echt |wirklich )?nicht mehr (?:leben|weiterleben|existieren|da sein|hier sein|aufwachen)\b(?! (?:so|mit|in|ohne|unter|wie|neben|bei))",
        r"\bich (?:will|mochte) (?:einfach |nur )?(?:nicht mehr|nie wieder) aufwachen\b|\beinschlafen und nicht mehr aufwachen\b",
        r"\b(?:das leben hat|mein leben hat) (?:fur mich )?keinen sinn mehr\b(?! ohne)|\bkeinen sinn mehr,? (?:zu leben|weiterzuleben)\b|\bwozu noch (?:leben|weiterleben)\b",
        _unless(r"\bverschwinden (?:fur|aus (?:der stadt|seinem leben|ihrem leben|der gruppe|dem chat)|von (?:hier|social)|ein paar|eine weile|kurz)", r"\bich (?:will|mochte|wurde am liebsten) (?:einfach |nur |fur immer )*verschwinden\b|\bfur immer verschwinden\b"),
        _unless(_DE_PAST, r"\bich (?:bring|bringe|werde|will|mochte|wurde mich am liebsten|denke daran|denke dran|uberlege|plane|habe vor|hab vor)[ ,]+(?:(?:mich|einfach|heute|bald|jetzt|noch|wirklich|ernsthaft|mir)[ ,]+){0,3}(?:um\b|umbringen|umzubringen|das leben (?:nehmen|zu nehmen)|toten|zu toten|selbstmord (?:begehen|zu begehen)|suizid (?:begehen|zu begehen)|erhangen|aufhangen|aufzuhangen|vor (?:einen|den) zug (?:werfen|zu werfen)|von (?:der|einer) brucke (?:springen|zu springen))(?! (?:\d|halb|viertel|acht|neun|zehn|elf|zwolf|mitternacht))"),
        r"\b(?:heute|jetzt|dann|morgen|bald|heute nacht|irgendwann) bring(?:e)? ich mich (?:heute |jetzt |noch |wirklich |bald )*um\b(?! (?:\d|halb|viertel|acht|neun|zehn|elf|zwolf|mitternacht|den verstand|meinen schlaf))",
        r"\bich bring(?:e)? mich (?:heute |jetzt |noch |wirklich |bald )*um\b(?! (?:\d|halb|viertel|acht|neun|zehn|elf|zwolf|mitternacht|den verstand|meinen schlaf))",
        r"\bich nehme? mir (?:heute |jetzt |bald |noch )*das leben\b|\bmir das leben (?:zu )?nehmen\b|\bmeinem leben ein ende (?:setzen|zu setzen|machen)\b|\ballem ein ende (?:setzen|zu setzen)\b",
        _unless(_DE_PAST, r"\bich (?:habe|hab) (?:wieder |seit \w+ |gerade |oft |standig |immer wieder |so )*(?:suizidgedanken|selbstmordgedanken|suizidale gedanken|todesgedanken)\b|\bich denke (?:oft |standig |wieder |jeden tag )?an (?:selbstmord|suizid)\b"),
        _unless(r"\b(?:ehe|beziehung|scheidung|anwalt|mit ihm|mit ihr|affare|vertrag|job)\b", r"\bich (?:will|mochte|werde) (?:einfach |jetzt |heute )?(?:alles|es) beenden\b|\ballem ein ende machen\b|\bschluss machen mit (?:allem|dem leben|meinem leben)\b"),
        r"\b(?:alle|jeder|die welt|meine kinder|meine familie|ihr|alle anderen|mein mann|meine frau)\b(?: \w+){0,3} (?:waren|ware|wurden|hatten|ist|sind|seid) (?:ohne mich )?(?:doch |sowieso |viel |echt |einfach |alle )*(?:besser dran|glucklicher|besser) ohne mich\b",
        r"\b(?:es )?ware (?:fur alle|fur jeden|fur alle anderen|fur meine kinder|fur meine familie|allen) (?:\w+ )?(?:besser|leichter|einfacher),? wenn ich (?:nicht mehr (?:da|am leben|hier) ware|tot ware|weg ware|sterben wurde|verschwinden wurde)\b",
        r"\bich (?:habe|hab) (?:mir )?(?:heute |gerade |schon )?(?:rasierklingen|klingen|einen strick|ein seil|tabletten) (?:gekauft|besorgt|geholt)\b",
        _unless(_DE_PAST, r"\bich (?:habe|hab) (?:gerade |eben |vorhin |jetzt )?(?:alle|alle meine|die ganze packung|eine ganze packung|zwei packungen|die ganzen) (?:tabletten|schlaftabletten|pillen|medikamente)? ?(?:genommen|geschluckt|eingenommen)\b"),
        r"\bich (?:werde|will|springe|spring|muss)(?: \w+){0,3} (?:von der|von einer|vom|von dem) (?:brucke|dach|hochhaus|balkon|turm|felsen)(?: springen| runter| runterspringen)?\b|\bich (?:werfe|schmeisse) mich (?:heute |jetzt )?vor (?:den|einen) zug\b",
        r"\bich (?:habe|hab) (?:einen |meinen |die |meine )?(?:abschiedsbrief|abschiedsbriefe|briefe an meine kinder) geschrieben\b|\bsuicide note\b",
        r"\bohne mich (?:\w+ ){0,3}besser dran\b|\bbesser dran ohne (?:eine mutter|einen vater|eine frau|jemanden|einen mann) wie mich\b",
        r"\b(?:ich habe|ich hab|hab) keine kraft mehr,? (?:zu leben|weiterzuleben|am leben zu bleiben)\b|\bkeine kraft mehr zum leben\b",
        r"\bich denke (?:nur noch|standig|dauernd|die ganze zeit|jeden tag|immer) (?:an den tod|ans sterben|an selbstmord|an suizid|daran zu sterben)\b",
        _unless(_DE_PAST, r"\bmich (?:selbst )?umzubringen\b|\bmir das leben zu nehmen\b|\bmich (?:selbst )?zu toten\b"),
        r"\bohne mich (?:waren|ware|ging es|hatten|wurde es)\b(?: \w+){0,3} (?:besser|glucklicher|leichter)\b",
        r"\b(?:waren|ware|hatten es) (?:alle |doch |sowieso |viel |alle viel |einfach )*besser dran ohne mich\b",
        r"(?<!nicht )\bich bin (?:doch |nur |einfach |allen |fur alle |fur alle nur |nur noch |bloss |sowieso )*(?:eine last|eine belastung|ein klotz am bein|zur last)\b|\bich falle (?:allen |euch |jedem |meiner familie )?(?:nur )?zur last\b",
        _unless(r"tablettenbox|pillendose|rezept|apotheke|arzt", r"\b(?:tabletten|pillen|schlaftabletten|klingen|rasierklingen|strick|seil|medikamente)\b[^.]{0,40}\b(?:liegen (?:schon )?bereit|liegt (?:schon )?bereit|parat|zurechtgelegt|gesammelt|gehortet|gebunkert|vor mir|neben mir|griffbereit)\b"),
        r"\bich (?:habe|hab) (?:mir )?(?:\w+ )?(?:tabletten|schlaftabletten|pillen|medikamente) (?:gesammelt|gehortet|gebunkert|zuruckgelegt)\b|\bich (?:habe|hab) (?:mir )?(?:einen strick|ein seil|rasierklingen) (?:gekauft|besorgt)\b",
        _both(r"\b(?:alles ist|ist alles) (?:vorbereitet|bereit|geplant|geregelt)\b|\bich (?:habe|hab) alles (?:vorbereitet|geplant|geregelt)\b|\bich weiss,? wie ich es mache\b",
              r"\b(?:abschied|brief|verzeiht|tabletten|strick|heute nacht|heute abend|fur immer|meine kinder|letzte nachricht|sterben|nicht mehr da)\b"),
        _both(r"\b(?:lebt wohl|abschied|verzeiht mir|es tut mir leid|nicht mehr da|fur immer|letzte nachricht|ich liebe euch alle)\b",
              r"\b(?:passt|pass|achtet) (?:gut |bitte )?auf meine kinder auf\b|\bkummert euch (?:gut |bitte )?um meine kinder\b"),
        r"\b(?:das|dies) ist (?:mein|ein) (?:abschied|abschiedsbrief|letzter gruss)\b(?! (?:aus der gruppe|von der gruppe|fur eine weile|auf zeit))",
        r"\bwenn ihr das lest,? (?:bin ich|lebe ich) (?:nicht mehr (?:da|am leben)|schon tot|tot|schon weg|nicht mehr)\b",
        _both(r"\bich kann (?:einfach |echt )?nicht mehr\b(?! (?:schlafen|essen|lachen|arbeiten|so|mit))|\bich halte (?:das|es) nicht mehr aus\b|\bich schaffe das nicht mehr\b", _DE_CUE_DEATH),
        _unless(_DE_PAST, r"\bich ritze mich\b|\bich (?:habe|hab) mich (?:wieder |gestern |heute |erneut |schon wieder |letzte nacht )*(?:geritzt|selbst verletzt|geschnitten)\b(?! beim)"),
        r"\bich (?:will|muss|mochte) mich (?:wieder |so gerne |unbedingt )?(?:ritzen|selbst verletzen|schneiden|verletzen)\b|\bdrang,? mich zu (?:ritzen|verletzen|schneiden)\b",
        r"\b(?:sagt|hat gesagt|droht|hat gedroht|schreit|schwort|meinte|sagte|brullt|sagt er|sagt sie|schreit er)\b[^.!?]{0,40}\b(?:(?:er|sie) bringt mich um|bringt (?:er |sie )?mich um|bringe mich um|mich umzubringen|mich umbringen|mich abzustechen|mich abstechen|mich zu toten|mich kaltzumachen|mich kalt machen)\b",
        r"\bdroht(?: mir)?,? mich (?:umzubringen|zu toten|abzustechen|zu erschiessen|kaltzumachen)\b",
        _both(r"\b(?:er|sie) (?:steht|ist) (?:vor|an) (?:der|meiner) (?:tur|haustur|wohnung|fenster)\b|\b(?:er|sie) ist (?:unten )?vor dem haus\b",
              r"\b(?:angst|hilfe|polizei|110|112|messer|waffe|pistole|droht|hammert|tritt|schreit|brullt|betrunken|rein|aufbrechen|versteckt|umbringen)\b"),
        r"\b(?:er|sie) (?:hammert|tritt|schlagt|donnert|wirft sich) (?:gegen|an) (?:die|meine) tur\b|\b(?:er|sie) (?:versucht|will) (?:die tur )?(?:aufzubrechen|einzutreten|die tur aufzubrechen|die tur einzutreten)\b",
        r"\b(?:er|sie) hat mich (?:(?:in (?:der|die|dem|meinem|meiner)|im) \w+ )?(?:eingesperrt|eingeschlossen|weggesperrt)\b|\bich bin (?:in (?:der|dem|meinem) \w+ )?eingesperrt\b|\b(?:er|sie) lasst mich nicht (?:raus|aus dem haus|aus der wohnung)\b",
        r"\bich (?:habe|hab) mich (?:im|in der|in meinem) (?:bad|badezimmer|schlafzimmer|keller|auto) (?:eingeschlossen|versteckt)\b",
        _both(r"\b(?:er|sie) hat (?:ein|einen|eine|sein|seine) (?:messer|waffe|pistole|gewehr|axt)\b",
              r"\b(?:angst|hilfe|polizei|droht|versteckt|eingesperrt|eingeschlossen|umbringen|hier|zuhause|schreit|betrunken)\b"),
    ],
    violence=[
        r"\bich (?:bring|bringe|mach|mache) (?:ihn|sie|den|die|das schwein|diesen|diese|dich|euch|die schlampe|den typen|die tussi|den wichser)(?: \w+){0,2} (?:um|kalt|alle)\b(?! (?:\d|halb|viertel|acht|neun|zehn|elf|zwolf|mitternacht|zur|nach hause|ins bett))",
        r"\bich (?:werde|will|muss) (?:ihn|sie|den|die|diese|diesen|dich|das schwein|die schlampe|den typen|die tussi)(?: \w+){0,2} (?:umbringen|toten|kaltmachen|abstechen|erschlagen|erschiessen|abknallen|erwurgen|zusammenschlagen|verprugeln|vermobeln|aufschlitzen|totschlagen|kaputtschlagen|krankenhausreif schlagen)\b",
        r"\bich (?:stech|steche|knall|knalle|schiess|schiesse) (?:ihn|sie|den|die|dich|das schwein|die schlampe)(?: \w+){0,2} (?:ab|nieder|tot|uber den haufen)\b",
        r"\bich (?:schlag|schlage|polier|poliere|hau|haue|brech|breche|tret|trete|werde|mach|mache) (?:ihm|ihr|dem|der|dir|denen|dem typen|der schlampe|dem wichser)\b(?: \w+){0,3} (?:die fresse|den schadel|die zahne|die nase|die beine|die knochen|das genick|alle knochen|eine rein|eins rein|die birne|den kopf|die visage|eine runter|die schnauze|die fresse ein|den schadel ein)\b",
        r"\b(?:die fresse|den schadel|die visage|die birne|die zahne|die knochen|die beine|das genick|die nase) (?:polieren|einschlagen|eintreten|zertrummern|brechen|ausschlagen)\b",
        r"\b(?:dem|der|ihm|ihr)(?: \w+)? (?:polier|hau|schlag|brech|tret) ich (?:die fresse|den schadel|die zahne|die nase|die beine|die knochen|das genick|eine rein|eins rein|die birne|den kopf|die visage|eine runter)\b",
        r"\bich (?:schlag|schlage|prugel|werde|will|mach) (?:ihn|sie|den|die|dich|diesen|diese|den typen|die schlampe)\b(?: \w+){0,2} (?:zusammen|zusammenschlagen|tot|totschlagen|windelweich|krankenhausreif|grun und blau|halbtot|kaputt|platt)\b(?! vor gericht)",
        r"\b(?:kriegt|bekommt|kriegst|bekommst) (?:von mir )?(?:so )?(?:eine tracht prugel|was aufs maul|eins aufs maul|eine aufs maul|eins auf die fresse|eine auf die fresse|die fresse poliert|richtig prugel|prugel)\b",
        r"\b(?:den typen|den kerl|den wichser|die schlampe|die tussi|das schwein|den bastard|ihn) mach ich (?:\w+ )?(?:fertig|kalt|platt)\b(?! vor gericht)",
        r"\b(?:ich )?mach (?:ihn|dich) (?:so |richtig |komplett |total )?(?:fertig|kalt|platt|alle)\b(?! (?:vor gericht|mit worten|beim))",
        r"\b(?:er|sie|der|die|dieser|diese|das schwein|die schlampe) (?:wird|werden|soll) (?:mir )?(?:dafur|das|es|fur alles|fur das|fur das was)(?: \w+){0,3} (?:bezahlen|bussen)\b",
        r"\b(?:wird|soll) (?:er|sie) mir (?:noch )?bussen\b|\bdafur wird (?:er|sie) (?:mir )?(?:bezahlen|bussen)\b|\bdas wird (?:er|sie) (?:mir )?(?:noch )?(?:bussen|bezahlen)\b|\bich lass(?:e)? (?:ihn|sie) dafur (?:bezahlen|bussen)\b|\bdas (?:wird|soll) (?:ihm|ihr) leid tun\b",
        _both(r"\bich weiss,? wo (?:er|sie|der|die|dieser|diese|das schwein|die schlampe) (?:wohnt|wohnen|arbeitet|parkt|lebt|schlaft|trainiert)\b",
              r"\b(?:werde|komme|besuch\w*|warte|pass auf|aufpassen|bereuen|bezahlen|bussen|vorbeischauen|vorbeikommen|uberraschung|holen|kriegen|fahre hin|gehe hin|dann)\b"),
        r"\bich (?:werde|will) (?:dafur sorgen|sorgen),? (?:dass|das) (?:er|sie|der|die)(?: es| das)? (?:\w+ )?bereut\b|\bich sorge dafur,? (?:dass|das) (?:er|sie) es bereut\b",
        r"\b(?:wird|werden) (?:es )?bereuen,? (?:jemals )?geboren (?:worden )?zu sein\b|\bdas wirst du bereuen\b|\bdu wirst es bereuen\b",
        r"\b(?:diesmal|dieses mal) (?:bleibt|wird) es nicht (?:nur )?bei (?:worten|drohungen)\b|\bes bleibt (?:diesmal |dieses mal )?nicht (?:nur )?bei worten\b|\bnicht mehr bei worten bleiben\b|\bden worten (?:folgen|lasse ich) (?:jetzt )?taten\b",
        r"\bich (?:lauere|werde) (?:ihm|ihr|dem|der)(?: \w+){0,3} auf(?:lauern)?\b",
        _unless(r"\b(?:reden|sprechen|sachen|abholen|holen|kinder|aussprache)\b",
                r"\bich (?:warte|werde)(?: \w+){0,3} auf (?:ihn|sie|den|die|diesen|diese)(?: \w+){0,3} (?:vor|hinter|an|bei|nach) (?:seiner|ihrer|der|dem|seinem|ihrem) (?:wohnung|haus|arbeit|tur|haustur|buro|auto|garage|feierabend|training|fitnessstudio)\b"),
        r"\bich werde (?:ihm|ihr) (?:richtig |so )?(?:weh tun|wehtun)\b(?! (?:mit|indem|emotional))|\bich werde (?:ihm|ihr) was antun\b|\bich tu (?:ihm|ihr) was an\b",
        r"\bich (?:komme|gehe|fahre) (?:mit|mit einem|mit einer|mit dem|mit der) (?:messer|baseballschlager|waffe|pistole|knuppel|axt)\b",
    ],
    harassment=[
        r"\b(?:du bist|bist du|du warst) " + _DE_INT + _DE_INSULT + r"\b",
        r"\bwie (?:erbarmlich|armselig|peinlich|lacherlich|dumm|blod|jammerlich|verlogen|widerlich|ekelhaft) (?:bist du|du bist)\b",
        r"\bdu (?:kotzt|widerst|ekelst) mich an\b|\bich (?:ekel|ekle) mich vor dir\b|\bdu machst mich krank\b",
        r"\bkein wunder,? (?:dass|das) (?:er|sie|dein mann|deine frau|dein freund|deine freundin|dein ex|deine ex|dein partner)\b[^.]{0,30}\b(?:dich|bei dir)\b[^.]{0,20}\b(?:verlassen|betrogen|sitzen gelassen|abserviert|weggelaufen|abgehauen|fremdgegangen|fremdgeht|gegangen|ersetzt|weg ist|betrugt|verlasst)\b",
        r"\bkein wunder,? (?:dass|das) (?:er|sie|dein mann|deine frau|dein freund|deine freundin) (?:fremdgeht|fremdgegangen ist|fremd geht|dich betrugt|dich betrogen hat|dich verlassen hat|abgehauen ist|weg ist)\b",
        r"\b(?:deswegen|darum|deshalb) hat (?:er|sie|dein mann|deine frau) dich (?:verlassen|betrogen|sitzen lassen|abserviert)\b",
        r"(?<!nicht )(?<!nie )\b(?:du bist|bist du) (?:doch |halt |eben |ja |selbst |selber |alleine )*(?:selbst|selber) schuld\b|(?<!bin )(?<!ich )(?<!nicht )(?<!nie )(?<!keine )(?<!ist )(?<!sind )(?<!war )(?<!er )(?<!sie )\bselber schuld\b|(?<!bin )(?<!ich )(?<!nicht )(?<!nie )(?<!ist )(?<!sind )(?<!war )(?<!er )(?<!sie )\bselbst schuld\b",
        r"\b(?:das ist|es ist|ist|war|das war) (?:doch |ja |halt |eben |ganz |allein |nur |komplett )*deine (?:eigene )?schuld\b",
        r"\bdu hast es (?:doch )?nicht anders verdient\b|\bgeschieht dir (?:ganz )?recht\b|\bdas hast du dir selbst (?:eingebrockt|zuzuschreiben)\b",
        r"\bschamst du dich (?:nicht|gar nicht|uberhaupt nicht)\b|\bscham(?:e)? dich\b(?! nicht| deswegen nicht| dafur nicht| bitte nicht)|\bschamt euch\b(?! nicht)|\bdu solltest dich schamen\b|\bhast du keine scham\b|\bfremdschamen fur dich\b",
        r"(?<!dass )(?<!das )\b(?:niemand|keiner|keine sau|kein mensch) (?:hier )?(?:mag|will|braucht|kann) dich\b(?! nicht)|\b(?:niemand|keiner) hat dich (?:gefragt|um deine meinung gebeten)\b|\bdich (?:will|mag|braucht) hier (?:keiner|niemand)\b",
        _unless(_DE_SAID, r"\b(?:verpiss dich|hau ab aus der gruppe|geh sterben|verschwinde aus der gruppe|verschwinde von hier|fick dich|leck mich)\b"),
        _unless(_DE_SAID + "|" + LAUGH, r"\b(?:halt|halts|halt's|halte) (?:(?:doch|einfach|mal|endlich|jetzt|bitte|endlich mal|einfach mal) )*(?:die|deine|dein|das) ?(?:klappe|fresse|maul|schnauze|mund|rand|gusche|schnabel)\b|\bhalt'?s maul\b|(?:^|[.!?,]\s*)(?:schnauze|klappe|fresse)\s*(?:[.!?,]|$|jetzt|endlich|du)"),
        r"(?<!mich )(?<!sagte )(?<!sagt )(?<!bist )(?<!nannte mich )\bdu (?:dumme |blode |kleine |elende |armselige |verdammte |dreckige |hassliche |fette |alte |miese |verlogene |billige |behinderte |dummes |kleines |armes )*(?:idiot|idiotin|versager|versagerin|loser|looser|witzfigur|schlampe|hure|fotze|spast|spasti|wichser|arschloch|penner|lappen|trottel|missgeburt|heulsuse|kuh|sau|zicke|hexe|schwuchtel|tunte|kanake|mongo|depp|vollidiot|vollidiotin|lugnerin|heuchlerin|bitch|nutte|drecksau|dreckstuck|hurensohn|bastard|opfer)\b(?! (?:von|seiner|ihrer|der|des|eines|einer))",
        r"@\w+,? (?:du bist |du )?" + _DE_INT + r"(?:idiot|idiotin|versager|versagerin|erbarmlich|armselig|peinlich|lacherlich|dumm|blod|schlampe|hure|heulsuse|lugnerin|lugner|heuchlerin|fake|witzfigur|spast|opfer|loser)\b",
        r"\b(?:heul doch|heul leise|hor (?:endlich |doch )?auf (?:zu jammern|rumzuheulen|rumzujammern|dich (?:selbst )?zu bemitleiden|zu heulen|das opfer zu spielen)|spiel nicht (?:das opfer|die opferrolle)|hor auf,? (?:die|das) opfer(?:rolle)? zu spielen)\b",
        r"\b(?:kanaken|kanakenpack|schwuchteln|neger|nigger|zigeunerpack|judenpack|scheiss (?:auslander|turken|muslime|juden|schwule|polen|russen|araber|kanaken|schwuchteln)|dreckige (?:auslander|turken|juden|kanaken))\b",
        r"\b(?:alle|die) (?:auslander|turken|muslime|juden|schwulen|araber|fluchtlinge|schwarzen|zigeuner) sind (?:doch )?(?:alle )?(?:tiere|ratten|parasiten|schweine|dreck|abschaum|kriminell|pack)\b",
        r"\bdu bist (?:einfach )?(?:nichts|nix) wert\b|\bdich (?:braucht|vermisst) (?:keiner|niemand)\b|\bdu bist es nicht wert\b",
    ],
    pos_crisis=[
        "ich will einfach nur sterben, ich halte es nicht mehr aus",
        "ich will nicht mehr leben, jeder tag ist die holle",
        "heute nacht bring ich mich um, es ist entschieden",
        "alle waren besser dran ohne mich, vor allem meine kinder",
        "ich bin doch nur eine last fur alle",
        "die tabletten liegen schon bereit neben meinem bett",
        "das ist mein abschied. passt bitte auf meine kinder auf",
        "ich kann nicht mehr, ich will nur noch verschwinden und nicht mehr aufwachen",
        "er sagt, er bringt mich um, und jetzt hammert er gegen die tur",
        "er hat mich im schlafzimmer eingesperrt und mein handy genommen",
        "ich habe wieder suizidgedanken, jeden abend",
        "ich habe mich gestern wieder geritzt",
        "ich denke daran, mir das leben zu nehmen",
        "wenn ihr das lest, bin ich nicht mehr da",
        "manchmal will ich einfach sterben",
    ],
    pos_violence=[
        "ich bring ihn um, ich schwore es euch",
        "ich polier ihm die fresse, sobald ich ihn sehe",
        "ich schlag den typen zusammen wenn er nochmal anruft",
        "das wird er mir bussen",
        "ich weiss wo sie wohnt und ich werde da vorbeischauen",
        "ich werde dafur sorgen, dass sie es bereut",
        "diesmal bleibt es nicht bei worten",
        "ich werde ihm vor seiner wohnung auflauern",
        "ich werde sie umbringen, egal was passiert",
        "ich brech ihm alle knochen",
        "er wird dafur bezahlen, das schwor ich",
        "ich stech die schlampe ab",
    ],
    pos_harassment=[
        "@julia du bist so erbarmlich, seit monaten das gleiche gejammer",
        "du bist ein versager, kein wunder",
        "kein wunder, dass er dich verlassen hat, du nervst",
        "du bist selbst schuld, dass er fremdgegangen ist",
        "scham dich, so etwas hier zu schreiben",
        "niemand hier mag dich, verpiss dich",
        "halt die klappe, keiner hat dich gefragt",
        "du bist so fake, alles gelogen was du erzahlst",
        "du kotzt mich an mit deinem gejammer",
        "das ist deine eigene schuld, du hast ihn ja vernachlassigt",
        "heul doch, du dumme kuh",
        "du bist eine witzfigur",
    ],
    negative=[
        "er ist erbarmlich, ich hasse was er getan hat",
        "mein mann ist ein lugner und ein feigling",
        "ich sterbe vor lachen uber dein video",
        "ich lach mich tot, danke fur den witz",
        "dieser job bringt mich noch um, zwolf stunden heute",
        "vor zwei jahren wollte ich sterben, heute studiere ich wieder",
        "du bist keine last, danke dass du das teilst",
        "das ist nicht deine schuld, er hat sich entschieden zu lugen",
        "ich kann so nicht mehr leben, ich reiche die scheidung ein",
        "ich will so nicht mehr weitermachen mit ihm, ich ziehe aus",
        "scham dich nicht, wir sind alle schon da gewesen",
        "er soll den unterhalt bezahlen, sagt mein anwalt",
        "ich bring sie um acht zur schule und fahre dann zur therapie",
        "ich habe die schnauze voll von seinen lugen",
        "du bist nicht dumm, du hast ihm einfach vertraut",
        "er steht vor der tur, er holt die kinder ab, alles ruhig",
        "ich habe mich beim kochen geschnitten, halb so wild",
        "du bist ein opfer von seiner manipulation, nicht schuld",
    ],
)

# ==========================================================================
# it - Italian
# ==========================================================================
_IT_PAST = r"\b(?:\w+ )?(?:anni|anno|mesi|mese|tempo) fa\b|\b(?:una volta|da ragazza|da ragazzo|da adolescente|in passato|prima)\b.*\b(?:ora|oggi|adesso)\b"
_IT_SAID = r"\b(?:mi-a|i-a) (?:zis|spus)\b|\bmi (?:ha )?(?:detto|dice|diceva|urlato|urla|grida|gridato|scritto)\b|\b(?:dice|diceva|urlava|gridava)\b"
_IT_INT = r"(?:(?:proprio|davvero|veramente|solo|soltanto|cosi|un|una|un vero|una vera|vero|vera|una grande|un grande|totalmente|completamente|semplicemente|tanto|troppo|molto|ancora|sempre|pure|anche|niente altro che|nient'altro che|solo un|solo una|un povero|una povera|povero|povera|una gran|un gran|la solita|il solito|uno|proprio una|proprio un) )*"
_IT_INSULT = (r"(?:patetic[oa]|pietos[oa]|penos[oa]|ridicol[oa]|fallit[oa]|perdente|una barzelletta|barzelletta|un pagliaccio|una pagliaccia|pagliacci[oa]|buffon[ea]|"
              r"fals[oa]|un'ipocrita|ipocrita|fint[oa]|stupid[oa]|scem[oa]|cretin[oa]|idiota|deficiente|imbecille|ritardat[oa]|disgustos[oa]|schifos[oa]|ripugnante|"
              r"una vergogna|nullita|un nulla|poveracci[oa]|troia|puttana|zoccola|sgualdrina|vacca|frocio|coglione|cogliona|stronz[oa]|mitomane|bugiard[oa]|"
              r"vittimista|lagnos[oa]|piagnon[ea]|pesante|insopportabile|inutile|un fallimento|una fallita|un fallito|cornut[oa]|una cornuta|un cornuto|"
              r"grass[oa] e brutt[oa]|brutt[oa]|squallid[oa]|misera|miserabile|una sfigata|sfigat[oa]|una poveretta|una mantenuta|una mongoloide|mongoloide|handicappat[oa])")
_IT_CUE_DEATH = (r"\b(?:morire|mort[oa]|ammazzarmi|uccidermi|suicid\w*|farla finita|togliermi la vita|sparire|pillole|lamette|corda|addio|"
                 r"meglio senza di me|un peso|non svegliarmi|non voglio piu vivere|voglia di vivere|senso (?:della|alla) vita|esistere)\b")

_lang(
    "it",
    crisis=[
        _unless(LAUGH, r"\b(?:voglio|vorrei|ho voglia di|desidero|voglio solo|vorrei solo) (?:solo |solamente |soltanto |davvero |tanto |proprio |semplicemente |tanto |ormai |solo )*(?:morire|essere mort[oa]|non esistere piu|non esserci piu)\b(?! (?:dal|dalle|di|dalla|dallo|per il|per la) )"),
        r"\b(?:meglio|preferirei|preferisco) (?:essere )?mort[oa]\b(?! che)|\bvorrei (?:non )?essere mai nat[oa]\b|\bvorrei non essere mai nat[oa]\b",
        r"\b(?:vorrei|voglio|spero di) (?:addormentarmi e )?non svegliarmi (?:piu|domani|mai piu)\b|\b(?:dormire|addormentarmi) e non svegliarmi piu\b",
        r"\bnon (?:voglio|ho (?:piu )?voglia di|riesco a|ce la faccio a) (?:piu )?(?:vivere|continuare a vivere|andare avanti a vivere)\b(?! (?:cosi|con|in|senza|accanto|sotto|una|un|questa|nella|nel|come|insieme|da))",
        r"\bnon (?:ho|trovo|vedo) (?:piu )?(?:nessun |un |alcun )?(?:motivo|senso|ragione) (?:per|di) (?:vivere|continuare a vivere|restare in vita)\b|\ba che serve (?:vivere|continuare a vivere)\b",
        r"\bpenso (?:solo|soltanto|sempre|continuamente|ogni giorno|tutto il giorno|di continuo) (?:a morire|alla morte|al suicidio|a farla finita|a come farla finita|a togliermi la vita)\b",
        _unless(_IT_PAST, r"\b(?:sarebbe|sarebbero|starebbero|starebbe) (?:\w+ )?meglio (?:per tutti |per loro |per i miei figli )?se (?:io )?(?:non ci fossi|non ci fossi piu|morissi|sparissi|non esistessi)\b"),
        r"\bho (?:comprato|preso) (?:delle |le |un pacco di |una confezione di )?(?:lamette|lametta|una corda|il veleno)\b",
        _unless(_IT_PAST, r"\bho (?:preso|ingoiato|mandato giu|buttato giu) (?:tutte le|tutta la scatola di|una scatola di|tutto il flacone di|tutti i) ?(?:pillole|pasticche|compresse|farmaci|sonniferi|gocce)?\b"),
        r"\bho scritto (?:una |la |le |delle )?(?:lettera|lettere|biglietto|biglietti) (?:d'addio|di addio|ai miei figli|per i miei figli)\b|\bsuicide note\b",
        r"\bmeglio senza (?:una madre|un padre|una moglie|un marito|una persona|qualcuno) come me\b",
        r"\bnon ho piu (?:la )?(?:forza|forze|voglia|motivo) (?:di|per) (?:vivere|andare avanti a vivere|restare in vita)\b",
        _unless(r"\bsparire (?:per|da (?:questo gruppo|qui|instagram|facebook|social|lui|lei|la sua vita|citta)|qualche|un po|un paio)", r"\b(?:vorrei|voglio) (?:solo |solamente |semplicemente )?sparire\b|\bsparire per sempre\b|\bsparire dalla faccia della terra\b"),
        _unless(_IT_PAST, r"\b(?:voglio|vorrei|sto pensando di|penso di|ho deciso di|ho pensato di|ho voglia di|voglio solo|devo|potrei|sto per|mi preparo a|penso seriamente di|sono pronta a|sono pronto a) (?:\w+ )?(?:ammazzarmi|uccidermi|suicidarmi|togliermi la vita|farmi fuori|impiccarmi|buttarmi (?:giu )?(?:dal|dalla|da un|da una|sotto)|tagliarmi le vene|prendere tutte le pillole|spararmi|avvelenarmi)\b"),
        _unless(r"\bfarla finita con (?!tutto|la vita|questa vita)", r"\b(?:voglio|vorrei|devo|sto per|ho deciso di|penso di|sto pensando di|ho voglia di|e ora di) (?:solo )?farla finita\b|\bla faccio finita\b|\bfarla finita (?:con tutto|con la vita|una volta per tutte|per sempre)\b"),
        r"\b(?:giuro che |stanotte |stasera |domani |ora |adesso |e poi |allora )?mi (?:ammazzo|uccido|suicido|tolgo la vita|impicco)\b(?! (?:di|dal|dalle|dai|per|con il lavoro|a lavorare|a studiare|dalla fatica))",
        r"\bmi (?:butto|getto|lancio) (?:giu )?(?:dal|dalla|da un|da una|sotto (?:un|il|al)) (?:ponte|balcone|finestra|palazzo|treno|tetto|terrazzo|metro|viadotto|scogliera)\b",
        r"\bmi sparo (?:un colpo|in testa)\b",
        _unless(_IT_PAST, r"\b(?:ho|sto avendo|mi vengono|continuo ad avere|ho di nuovo) (?:dei |di nuovo |ancora )?pensieri (?:suicidi|suicidari|di morte|di farla finita|di togliermi la vita)\b|\bpenso (?:spesso |sempre |ogni giorno )?al suicidio\b"),
        r"\b(?:starebbero|starebbe|vivrebbero|sarebbero|sarebbe|staranno|stareste|starete|sarebbe tutto) (?:tutti |tutte |molto |tanto |davvero |sicuramente |)*meglio senza di me\b",
        r"\bsenza di me (?:starebbero|starebbe|sarebbero|sarebbe|staranno) (?:tutti |tutte )?(?:meglio|piu felici|piu sereni)\b|\bil mondo (?:starebbe|sarebbe) meglio senza di me\b",
        r"\bnessuno (?:sentirebbe|sentira) la mia mancanza\b|\bse (?:morissi|sparissi|non ci fossi piu),? (?:nessuno|tutti)\b",
        r"(?<!non )\bsono (?:solo |soltanto |solamente |diventat[oa] |un |ormai |per tutti |soltanto un |solo un )*(?:un peso|un fardello|una zavorra|un problema per tutti)\b",
        _unless(r"portapillole|ricetta|farmacia|terapia|dosaggio", r"\b(?:pillole|pasticche|compresse|farmaci|psicofarmaci|sonniferi|lamette|lametta|corda|cappio|rasoio)\b[^.]{0,40}\b(?:pront[ie]|preparat[ie]|messe da parte|mess[ie] da parte|accanto a me|davanti a me|in mano|sul comodino|contat[ie]|conservat[ie])\b"),
        r"\bho (?:messo da parte|conservato|accumulato|raccolto|nascosto) (?:\w+ )?(?:pillole|pasticche|compresse|farmaci|sonniferi|lamette)\b|\bho (?:preparato|comprato) (?:il |un )?cappio\b|\bho comprato (?:una )?corda\b(?= .*\b(?:finita|morire|addio|basta)\b)",
        r"\b(?:prendere|ingoiare|mandare giu|prendo|ingoio) tutte le (?:pillole|pasticche|compresse|gocce)\b",
        _both(r"\b(?:e|ho) tutto (?:pronto|preparato|organizzato|deciso|pianificato)\b|\bso (?:gia )?come (?:lo faro|farlo|fare)\b",
              r"\b(?:addio|lettera|biglietto|perdon\w*|morire|pillole|corda|ultima volta|ultimo messaggio|stanotte|stasera|per sempre|miei figli|finita)\b"),
        _both(r"\b(?:addio|perdonatemi|perdono|per sempre|non ci saro piu|ultima volta|ultimo messaggio|vi voglio bene a tutti)\b",
              r"\b(?:prendetevi|abbiate|prenditi) cura (?:dei|delle) mie?i? (?:figli|figlie|bambini|bimbi|piccoli)\b|\bpensate voi ai miei (?:figli|bambini)\b"),
        r"\bquesto e (?:un|il mio) (?:addio|ultimo saluto|messaggio d'addio|messaggio di addio)\b(?! (?:al gruppo|a questo gruppo|temporaneo|per un po))",
        r"\bquando (?:leggerete|leggerai) (?:questo|questo messaggio|queste righe),? (?:io )?(?:non ci saro piu|saro (?:gia )?mort[oa]|saro gia lontan[oa] per sempre)\b",
        _both(r"\bnon ce la faccio piu\b|\bnon reggo piu\b|\bnon ne posso piu\b|\bsono allo stremo\b", _IT_CUE_DEATH),
        _unless(_IT_PAST, r"\bmi (?:sono )?(?:tagliat[oa]|taglio) (?:di nuovo|ancora|i polsi|le braccia|le gambe|stanotte|ieri sera)\b|\bho ricominciato a tagliarmi\b|\bmi sono fatt[oa] del male di nuovo\b"),
        r"\b(?:voglio|ho voglia di|ho bisogno di|sto per) (?:tagliarmi|farmi del male|ferirmi|bruciarmi)\b",
        r"\b(?:dice|ha detto|minaccia|mi minaccia|mi ha minacciat[oa]|urla|giura|grida|continua a dire)\b[^.!?]{0,40}\b(?:mi ammazza|mi uccide|mi ammazzera|mi uccidera|ammazzarmi|uccidermi|mi fa fuori|farmi fuori|mi ammazzerebbe|mi sgozza|mi accoltella)\b",
        _both(r"\b(?:e|sta) (?:qui )?(?:fuori dalla|davanti alla|alla|sotto la) (?:mia )?(?:porta|finestra|casa)\b|\be sotto casa mia\b",
              r"\b(?:paura|aiuto|polizia|112|113|coltello|pistola|arma|minacci\w*|urla|sfond\w*|entrare|nascost[oa]|ubriac[oa]|ammazz\w*)\b"),
        r"\bsta (?:sfondando|prendendo a calci|prendendo a pugni|cercando di sfondare|cercando di aprire) la (?:mia )?porta\b",
        r"\bmi (?:ha|tiene) chius[oa] (?:in casa|dentro|a chiave|in camera|in bagno|in cantina|in macchina)\b|\bmi ha rinchius[oa]\b|\bnon mi lascia uscire (?:di casa|dalla stanza|dalla camera)\b",
        r"\bmi sono chius[oa] (?:a chiave )?in (?:bagno|camera|cantina|macchina) (?:perche|che|e lui|e lei)\b|\bsono nascost[oa] in (?:bagno|camera|cantina|armadio)\b",
        _both(r"\bha (?:un|il|una|la) (?:coltello|pistola|arma|fucile|ascia|mannaia)\b",
              r"\b(?:paura|aiuto|polizia|minacci\w*|nascost[oa]|chius[oa]|ammazz\w*|uccid\w*|urla|ubriac[oa]|qui|casa)\b"),
    ],
    violence=[
        r"\b(?:io )?(?:lo |la |li |le |l'|l )(?:ammazzo|uccido|ammazzero|uccidero|faccio fuori|sgozzo|strozzo|accoltello|scanno|strangolo)\b(?! (?:di|dal|dalle|dai|dalla) (?:risate|ridere|baci|coccole|lavoro|complimenti))",
        r"\b(?:voglio|vado a|vado ad|devo|giuro che vado a|ora vado a|sto andando ad?) (?:ammazzarlo|ammazzarla|ammazzarli|ucciderlo|ucciderla|farlo fuori|farla fuori|sgozzarlo|sgozzarla|accoltellarlo|accoltellarla|strozzarla|strozzarlo|strangolarla|strangolarlo|sparargli|spararle)\b",
        r"\b(?:lo|la|li) (?:voglio|vado ad|vado a|devo|giuro che vado ad?) (?:ammazzare|uccidere|far fuori|sgozzare|accoltellare|strozzare|strangolare)\b",
        r"\bti (?:ammazzo|uccido|faccio fuori|sgozzo|ammazzero)\b(?! (?:di|dal|dalle|dai) (?:risate|ridere|baci|coccole))",
        _unless(r"\bmi (?:ha )?(?:detto|urlato|gridato|scritto)\b", r"\b(?:gli|le|ti) (?:spacco|rompo|sfondo|spacchero|rompero|sfondero|apro|gonfio|distruggo|faccio|rompo) (?:la faccia|il muso|la testa|il cranio|le gambe|le ossa|i denti|il naso|la bocca|il culo|la faccia a schiaffi|le costole|la mascella|il collo)\b"),
        r"\b(?:spaccargli|rompergli|sfondargli|spaccarle|romperle|sfondarle|spaccarti|romperti) (?:la faccia|il muso|la testa|le gambe|le ossa|i denti|il naso|il culo|la bocca|le costole)\b",
        r"\b(?:lo|la|li|ti) (?:gonfio|meno|massacro|pesto|riempio|prendo|prendero|riempiro|gonfiero|massacrero|stendo|sdraio) (?:di botte|a (?:calci|pugni|schiaffi|botte|sprangate|mazzate|bastonate|sberle|legnate))\b",
        r"\b(?:lo|la|li|ti) (?:gonfio|meno|massacro|stendo|pesto)\b(?! (?:di (?:baci|coccole|complimenti)|la pasta|l'aglio|il basilico))(?=\s*(?:[.!,]|$|appena|quando|se |come|stasera|domani))",
        r"\b(?:vado a|voglio|devo) (?:menarlo|menarla|picchiarlo|picchiarla|gonfiarlo|gonfiarla|massacrarlo|massacrarla|pestarlo|pestarla)\b",
        r"\b(?:gli|le|ti) (?:faccio|faro) (?:fare una brutta fine|fare la fine del topo|saltare (?:i denti|la testa|il cervello)|un culo cosi|un mazzo cosi|la pelle)\b",
        r"\b(?:me la|me le) (?:paghera|pagheranno|paga|pagano|deve pagare|dovra pagare|pagherai)\b",
        r"\bla paghera (?:cara|carissima)\b|\b(?:gliela|gliele) (?:faro|faccio|faremo) pagare\b|\b(?:paghera|deve pagare|dovra pagare) (?:per (?:quello che|tutto|cio che)|cara|caro|carissim[oa])\b",
        _both(r"\bso (?:bene )?(?:dove|a che ora) (?:abita|vive|lavora|parcheggia|sta|esce|dorme|va in palestra)\b",
              r"\b(?:vado|andro|aspett\w*|paghera|pentir\w*|sotto casa|visita|sorpresa|stia attent[oa]|vedra|ammazz\w*|faccio|faro|lo trovo|la trovo|gliela)\b"),
        r"\b(?:la|lo|li|le|gli) (?:faro|faccio|farei) pentire\b|\b(?:gli|le) faro (?:rimpiangere|pentire)\b|\bsi pentira di essere nat[oa]\b|\bfaro in modo che se ne penta\b|\bmaledira il giorno in cui\b",
        r"\b(?:stavolta|questa volta|sta volta|ora|adesso) non (?:restera|rimarra|resta|rimane|finisce|finira) (?:solo )?(?:a|in) (?:parole|minacce)\b|\bnon (?:restera|rimarra|resta|rimane) (?:solo )?(?:a|in) parole\b|\b(?:stavolta|questa volta) passo ai fatti\b",
        _unless(r"\bper (?:parlare|chiarire|prendere|ridare|restituire|riportare|discutere|firmare|consegnare|dargli|darle)\b",
                r"\b(?:lo|la|li) (?:aspetto|aspettero|vado ad aspettare|aspetto io|aspettero io)\b[^.]{0,30}\b(?:sotto casa|fuori|all'uscita|all uscita|davanti|al parcheggio|sotto l'ufficio|sotto il lavoro|in garage|con (?:un|il|la|una) (?:coltello|mazza|bastone|spranga|pistola))\b"),
        r"\b(?:gli|le) (?:faro|faccio) (?:del )?male\b(?! (?:dove fa piu male|psicologicamente|emotivamente|con la verita))|\b(?:gli|le) (?:faro|faccio) (?:vedere io|passare la voglia)\b",
        r"\bvado (?:da lui|da lei|sotto casa sua|a casa sua) con (?:un|il|la|una) (?:coltello|mazza|bastone|spranga|pistola|pistola)\b",
    ],
    harassment=[
        r"(?<!non )(?<!pensare che )(?<!credere che )(?<!pensi che )(?<!credi che )(?<!dice che )(?<!detto che )\b(?:tu )?sei " + _IT_INT + _IT_INSULT + r"\b",
        r"(?<!non )(?<!non mi )\b(?:mi |ci )?fai (?:proprio |davvero |veramente |tanto |cosi |solo )?(?:schifo|pena|pieta|vomitare|cagare|ribrezzo|ridere i polli|accapponare la pelle)\b",
        r"\bche (?:schifo|pena|vergogna|ribrezzo) (?:che )?(?:mi )?(?:fai|sei)\b",
        r"\b(?:non c'e da stupirsi|non c e da stupirsi|non mi stupisce|non mi sorprende|per forza|ecco perche|ci credo|capisco perche|mi credo|vedi perche|normale|e normale) (?:che )?(?:\w+ ){0,2}ti (?:abbia|ha|avesse|abbiano|hanno|avessero) (?:\w+ )?(?:lasciat[oa]|tradit[oa]|mollat[oa]|scaricat[oa]|abbandonat[oa]|cornificat[oa]|piantat[oa]|sostituit[oa]|mess[oa] le corna)\b",
        r"(?<!non )(?<!non e )\be (?:tutta |solo |soltanto |anche |sempre )?colpa tua\b|\bla colpa e (?:tutta |solo )?tua\b",
        r"\bte lo (?:meriti|sei meritato|sei meritata)(?: \w+)? (?:che|se) (?:ti ha|ti abbia|ti hanno|lui|tuo marito)\b|\bte la sei (?:cercata|cercato|andata a cercare|voluta|meritata)\b|\bben ti sta\b|\bhai voluto la bicicletta\b|\bte lo sei meritat[oa]\b(?! (?:questo|il|un|una) (?:riposo|viaggio|premio|momento))",
        _unless(_IT_SAID, r"(?<!non )(?<!non devi )\bvergognati\b|\bvergognatevi\b|(?<!non )\bdovresti vergognarti\b|\bche vergogna che sei\b|\bnon ti vergogni\b(?! di chiedere)"),
        r"(?<!come se )(?<!pensi che )\bnessuno (?:qui |qua |nel gruppo |in questo gruppo )?ti (?:sopporta|vuole|ha chiesto|caga|considera|ascolta|regge|sopportiamo)\b|\bnon ti (?:sopporta|vuole|regge|caga|considera) nessuno\b",
        _unless(_IT_SAID, r"\b(?:vattene dal gruppo|vattene da qui|sparisci|levati dalle palle|levati dai coglioni|vaffanculo a te|va a fare in culo|vai a fare in culo|fottiti|crepa)\b"),
        _unless(_IT_SAID + "|" + LAUGH, r"\b(?:stai zitt[oa]|sta zitt[oa]|statti zitt[oa]|zitt[oa] tu|(?<!perche )(?<!de ce )(?<!non )(?<!ma perche )taci|chiudi (?:quella |la )?(?:bocca|boccaccia|fogna|cesso)|chiudi il becco|fatti i cazzi tuoi|stai muta)\b"),
        r"(?<!quella )(?<!quel )(?<!quello )(?<!la )(?<!il )(?<!una )(?<!un )(?<!e una )\bbrutt[oa] (?:stronz[oa]|troia|puttana|cretin[oa]|idiota|scem[oa]|falsa|bugiarda|fallit[oa]|vacca|maiala|deficiente|imbecille|sfigat[oa]|cornut[oa])\b(?=\s*(?:[.,!?]|$|che|non|sei|tu|vai))",
        r"@\w+,? (?:sei )?" + _IT_INT + r"(?:patetic[oa]|ridicol[oa]|fallit[oa]|stupid[oa]|scem[oa]|cretin[oa]|idiota|deficiente|imbecille|bugiard[oa]|fals[oa]|troia|puttana|stronz[oa]|sfigat[oa]|pagliacci[oa]|vittimista)\b",
        r"\bsmettila (?:di fare la vittima|di piagnucolare|di frignare|di lamentarti|di fare la vittimista|con questo vittimismo)\b|\bbasta (?:frignare|piagnucolare)\b",
        r"\b(?:froci|negri|zingari di merda|terroni di merda|ebrei di merda|frocio di merda|negro di merda|marocchini di merda|musulmani di merda|sporchi negri|sporco negro|sporchi ebrei|culattoni|ricchioni)\b",
        r"\b(?:tutti )?gli (?:immigrati|stranieri|musulmani|ebrei|gay|zingari|africani|rom) sono (?:tutti )?(?:animali|bestie|parassiti|ratti|feccia|spazzatura|delinquenti|malati)\b",
        r"(?<!che )\bnon vali (?:niente|nulla)\b|\bsei (?:un|una) (?:nessuno|niente)\b|\bnon servi a (?:niente|nulla)\b",
    ],
    pos_crisis=[
        "voglio morire, non ce la faccio piu a svegliarmi ogni mattina",
        "non voglio piu vivere, e tutto buio",
        "stanotte mi ammazzo, ho deciso",
        "starebbero tutti meglio senza di me, soprattutto i miei figli",
        "sono solo un peso per tutti",
        "ho le pillole pronte sul comodino",
        "questo e un addio. prendetevi cura dei miei figli, perdonatemi",
        "non ce la faccio piu, voglio solo sparire per sempre",
        "dice che mi ammazza e adesso sta sfondando la porta",
        "mi ha chiusa in casa e mi ha preso il telefono",
        "voglio farla finita",
        "mi sono tagliata di nuovo stanotte",
        "sto pensando di togliermi la vita, non vedo altra uscita",
        "e tutto pronto, la lettera per i miei figli e nel cassetto",
        "quando leggerete questo messaggio non ci saro piu",
    ],
    pos_violence=[
        "se lo rivedo con lei lo ammazzo, giuro",
        "gli spacco la faccia appena esce dal lavoro",
        "la prendo a schiaffi quella davanti a tutti",
        "me la paghera, ve lo assicuro",
        "so dove abita lei e domani vado sotto casa sua",
        "la faro pentire di avermi tradita",
        "stavolta non resta a parole",
        "lo aspetto sotto casa con la mazza",
        "voglio ammazzarla, non mi importa della galera",
        "gli rompo le gambe se si avvicina ai bambini",
        "gliela faro pagare cara",
        "vado a menarlo stasera",
    ],
    pos_harassment=[
        "@giulia sei patetica, sono mesi che piangi sempre per la stessa cosa",
        "sei una fallita, fattene una ragione",
        "non c'e da stupirsi che tuo marito ti abbia lasciata, sei insopportabile",
        "e colpa tua se ti ha tradita, ti sei lasciata andare",
        "vergognati a scrivere queste cose qui",
        "nessuno qui ti sopporta, vattene dal gruppo",
        "stai zitta, nessuno ti ha chiesto niente",
        "sei falsa, ti inventi tutto",
        "mi fai schifo con le tue lagne",
        "te la sei cercata, eri troppo ingenua",
        "smettila di fare la vittima, fai pena",
        "sei proprio una barzelletta",
    ],
    negative=[
        "e un bastardo, mi ha mentito per tre anni",
        "lui e patetico, non so cosa ci trovavo",
        "muoio dal ridere con il tuo meme",
        "sto morendo dal ridere",
        "questo lavoro mi sta uccidendo, dodici ore oggi",
        "mi ammazzo di lavoro per non pensarci",
        "due anni fa volevo morire, ora ho ripreso a studiare",
        "non sei un peso, grazie per averlo condiviso",
        "non e colpa tua se ti ha tradita, e stata una sua scelta",
        "non voglio piu vivere cosi con lui, chiedo la separazione",
        "voglio farla finita con lui, basta bugie",
        "non vergognarti, ci siamo passate tutte",
        "lui e fuori dalla porta per prendere i bambini, tutto tranquillo",
        "te lo sei meritato questo viaggio, goditelo",
        "sei stata bravissima a chiedere aiuto",
        "perche taci? raccontaci cosa e successo",
        "mi sono tagliata i capelli corti, mi sento nuova",
    ],
)

# ==========================================================================
# pt - Portuguese (Brazil and Portugal)
# ==========================================================================
_PT_PAST = r"\b(?:ha|faz|fazia|havia) (?:\w+ )?(?:anos|ano|meses|mes|tempo)\b(?! que)|\b(?:antigamente|naquela epoca|naquela fase|na epoca|quando eu era|na adolescencia)\b"
_PT_SAID = r"\b(?:me|lhe) (?:disse|falou|gritou|mandou|diz|fala|grita)\b|\b(?:ele|ela) (?:disse|falou|gritou|mandou|diz|fala|grita|dizia)\b"
_PT_YOU = r"(?:voce|vc|voc|ce|tu|vcs|voces) (?:e|eh|es|ta|esta|era|sao|foi)"
_PT_INT = r"(?:(?:muito|mt|mto|tao|so|mesmo|realmente|simplesmente|um|uma|uma grande|um grande|um verdadeiro|uma verdadeira|completamente|totalmente|ridiculamente|mais|bem|uma pobre|um pobre|pobre|sempre|ainda|apenas|nada mais que|nada mais do que|a maior|o maior|uma baita|um baita|muito da|uma coitada|um coitado) )*"
_PT_INSULT = (r"(?:patetic[oa]|ridicul[oa]|um lixo|lixo|uma piada|piada|um palhaco|uma palhaca|palhac[oa]|fals[oa]|falsiane|fingid[oa]|hipocrita|burr[oa]|idiota|estupid[oa]|imbecil|"
              r"otari[oa]|babaca|nojent[oa]|um fracasso|fracassad[oa]|perdedor[a]?|loser|falhad[oa]|uma vergonha|vagabund[oa]|vadia|piranha|puta|vaca|cadela|retardad[oa]|mongoloide|"
              r"sem nocao|chat[oa]|insuportavel|mentiros[oa]|vitimista|dramatic[oa]|trouxa|corn[oa]|corno manso|uma coitada|coitad[oa]|inutil|uma inutil|um inutil|desprezivel|"
              r"escrot[oa]|cretin[oa]|ot[aá]ri[oa]|louca varrida|doida varrida|mal amada|encalhad[oa]|gorda nojenta|feia|horrorosa|asquerosa|asqueroso|deprimente|lamentavel|"
              r"uma ninguem|um ninguem|zero a esquerda|sonsa|sonso|bisca|galinha|biscate|rampeira)")
_PT_CUE_DEATH = (r"\b(?:morrer|mort[oa]|me matar|matar-me|suicid\w*|sumir|desaparecer|acabar com tudo|tirar (?:a )?minha vida|nao acordar|comprimidos|remedios|"
                 r"laminas|corda|adeus|despedida|melhor sem mim|um peso|um fardo|nao quero mais viver|vontade de viver|existir)\b")

_lang(
    "pt",
    crisis=[
        _unless(LAUGH + "|" + _PT_PAST, r"\b(?:eu )?(?:quero|queria|so queria|so quero|preciso|gostaria de|eu so quero|eu so queria) (?:so |mesmo |muito |tanto |apenas |simplesmente |logo |de verdade |agora |tanto )*(?:morrer|estar mort[oa]|nao existir mais|deixar de existir|nao estar mais aqui)\b(?! de )"),
        _unless(LAUGH, r"\b(?:tenho|to com|estou com|sinto|me da|da|bate uma) (?:uma )?(?:vontade|vonts) de (?:morrer|sumir para sempre|nao acordar mais|me matar)\b(?! de )"),
        r"\b(?:preferia|prefiro) (?:estar mort[oa]|morrer|nao acordar)\b(?! do que| que)|\bquem dera eu (?:morresse|nao acordasse|nao existisse)\b|\btomara que eu (?:morra|nao acorde)\b",
        r"\b(?:queria|quero) (?:dormir e )?nao acordar (?:mais|amanha|nunca mais)\b|\bdormir e nunca mais acordar\b",
        r"\bnao (?:quero|aguento|consigo) (?:mais )?(?:viver|continuar vivendo|continuar viv[oa]|seguir vivendo|estar viv[oa]|existir)\b(?! (?:assim|com|nessa|nesta|desse|deste|sem|ao lado|uma|um|debaixo|sob|mentindo|nesse|neste|numa|num|na|no|junto))",
        r"\bnao (?:tenho|vejo) mais (?:nenhum )?(?:vontade|motivo|razao|sentido) (?:de|para|pra|em) (?:viver|continuar vivendo|estar viv[oa])\b(?! (?:assim|com|nessa|nesta))",
        r"\b(?:so |eu so |to so |fico so |vivo )?(?:penso|pensando|pensar|fico pensando) (?:em|na|no) (?:morrer|morte|me matar|suicidio|acabar com tudo|sumir para sempre)\b(?! (?:de|da|do) )",
        r"\b(?:seria|ia ser|sera) (?:\w+ )?melhor (?:pra|para) (?:todo mundo|todos|toda a gente|eles|os meus filhos|meus filhos) se eu (?:sumisse|morresse|nao existisse|desaparecesse|nao estivesse aqui|partisse)\b",
        _unless(_PT_PAST, r"\b(?:tomei|engoli|tomei agora|acabei de tomar) (?:todos os|todas as|uma caixa de|a caixa toda de|a cartela toda|um monte de|varios) ?(?:remedios|comprimidos|pilulas|calmantes|medicamentos)?\b"),
        r"\b(?:comprei|arranjei) (?:umas |as |uma )?(?:laminas|gilete|giletes|corda)\b(?! (?:para|pra) (?:o|a) (?:varal|barba))",
        r"\b(?:escrevi|deixei|ja escrevi) (?:uma |as |a |umas )?(?:cartas?|bilhetes?) (?:de despedida|de adeus|para os meus filhos|para meus filhos|pros meus filhos|para a minha familia)\b|\bsuicide note\b",
        r"\bmelhor(?:es)? sem (?:uma mae|um pai|uma mulher|um marido|uma pessoa|alguem|uma esposa) como eu\b",
        r"\bnao tenho mais (?:forcas?|vontade|animo) (?:pra|para|de) (?:viver|continuar vivendo|continuar viv[oa])\b",
        _unless(r"\b(?:sumir|desaparecer) (?:do grupo|das redes|daqui|da cidade|por uns|por um|um pouco|uns dias|da vida dele|da vida dela|do mapa por)", r"\b(?:quero|queria|preciso) (?:so |muito )?(?:sumir|desaparecer)\b|\b(?:sumir|desaparecer) para sempre\b|\bsumir do mundo\b"),
        _unless(_PT_PAST, r"\b(?:vou|quero|vontade de|penso em|pensando em|a pensar em|decidi|preciso|acho que vou|vou tentar|planejando|planeio|to pensando em|tou a pensar em|estou pensando em|estou a pensar em|resolvi) (?:me matar|me suicidar|matar-me|suicidar-me|tirar (?:a )?minha (?:propria )?vida|acabar com (?:a )?minha (?:propria )?vida|por fim (?:a|na) minha vida|por um fim na minha vida|me enforcar|enforcar-me|me jogar (?:da|do|de uma|de um|na frente|embaixo|debaixo|pela)|atirar-me (?:da|do|de|para|a)|me atirar (?:da|do|de|na frente|embaixo|debaixo)|cortar os pulsos|cortar meus pulsos|tomar todos os (?:remedios|comprimidos)|me envenenar)\b(?! de (?:rir|trabalhar|estudar))"),
        r"\bvou-me (?:matar|suicidar|enforcar|atirar)\b|\bvou matar-me\b|\bvou suicidar-me\b",
        _unless(LAUGH, r"\b(?:eu )?me mato\b(?! (?:de|trabalhando|estudando|no|na|pra|para|por|com|correndo))|\bme suicido\b"),
        _unless(_PT_PAST, r"\b(?:penso|pensando|penso muito|tenho pensado|ando pensando|to pensando|estou pensando) (?:em|no) suicidio\b|\b(?:tenho|to tendo|estou tendo|ando tendo|voltaram os) pensamentos suicidas\b|\bideacao suicida\b"),
        _unless(r"\b(?:divorci|separa|advogad|casamento|relacionamento|namoro|noivado|contrato|mudanca|com ele|com ela)\w*",
                r"\b(?:quero|vou|vontade de|preciso|penso em|pensando em|decidi|so quero) (?:\w+ )?(?:acabar com tudo|por fim a tudo|por um fim em tudo|dar um fim em tudo|dar fim a tudo|terminar com tudo|acabar de vez com tudo|acabar com isso tudo)\b"),
        r"\b(?:todos|todo mundo|toda a gente|meus filhos|minha familia|voces|o mundo|eles|as pessoas)(?: \w+){0,2} (?:ficariam|estariam|seriam|viveriam|ficaria|estaria|seria|vao ficar|iam ficar|ficam) (?:\w+ )?melhor(?:es)? sem mim\b",
        r"\b(?:ficariam|estariam|seriam|viveriam|ficaria|estaria|seria) (?:todos |muito |bem |tao )*(?:melhor|melhores|mais felizes) sem mim\b|\bo mundo seria melhor sem mim\b",
        r"\bninguem (?:ia|iria|vai) sentir (?:a )?minha falta (?:se eu|quando eu)\b|\bse eu (?:morrer|sumir|desaparecer|nao existisse),? (?:ninguem|todos|todo mundo)\b",
        r"(?<!nao )\b(?:sou|me sinto|eu sou|virei|me tornei) (?:so |apenas |um |uma |so um |so uma |mais )*(?:um peso|um fardo|um estorvo|uma carga|um problema pra todo mundo)\b",
        _unless(r"porta-comprimidos|porta comprimidos|receita|farmacia|tratamento|dose", r"\b(?:comprimidos|remedios|pilulas|laminas|lamina|gilete|corda|veneno|calmantes|tarja preta)\b[^.]{0,40}\b(?:prontos|prontas|separados|separadas|guardados|guardadas|contados|contadas|do meu lado|na minha frente|na mao|na mesa|na cabeceira|esperando)\b"),
        r"\b(?:juntei|guardei|acumulei|separei|estou juntando|to juntando|tenho juntado|comprei) (?:\w+ )?(?:comprimidos|remedios|pilulas|calmantes|laminas|gilete|uma corda)\b(?! (?:para|pra) (?:a|o) (?:pressao|dor|gripe|varal))",
        _both(r"\b(?:ja )?(?:esta|ta|tá) tudo (?:pronto|preparado|planejado|decidido|organizado)\b|\b(?:ja )?(?:tenho|deixei) tudo (?:pronto|preparado|planejado|decidido)\b|\bja sei como vou fazer\b",
              r"\b(?:adeus|despedida|carta|bilhete|perdo\w*|morrer|comprimidos|remedios|corda|ultima vez|ultima mensagem|hoje a noite|esta noite|essa noite|para sempre|meus filhos|nao aguento)\b"),
        _both(r"\b(?:adeus|me despeco|despedida|me perdoem|perdoem-me|perdao por tudo|nao vou estar mais|nao estarei mais|ultima vez|ultima mensagem|amo todos voces)\b",
              r"\bcuidem (?:bem )?(?:dos meus|das minhas|do meu|da minha) (?:filhos|filhas|filho|filha|criancas|pequenos|bebes|meninos|meninas)\b"),
        r"\b(?:isto|isso|esta|essa) e (?:uma|a minha|minha|um) (?:despedida|adeus|carta de despedida)\b(?! (?:do grupo|deste grupo|temporaria|por um tempo))",
        r"\b(?:adeus|me despeco) (?:de todos |de voces |a todos )?para sempre\b|\badeus a todos,? (?:me perdoem|cuidem)\b",
        r"\bquando (?:voces )?(?:lerem|ler) (?:isso|isto|esta mensagem|essa mensagem),? (?:eu )?(?:ja )?(?:nao (?:estarei|vou estar) mais (?:aqui|viv[oa])|estarei mort[oa]|terei partido)\b",
        _both(r"\bnao (?:aguento|consigo|suporto) mais\b|\bnao da mais\b|\bnao tenho mais forcas\b|\bcheguei no (?:meu )?limite\b", _PT_CUE_DEATH),
        _unless(_PT_PAST, r"\bme cortei (?:de novo|outra vez|ontem|hoje|os pulsos|os bracos|as pernas|de novo ontem)\b|\bvoltei a me cortar\b|\bestou me cortando\b|\bto me cortando\b|\bvoltei a me machucar\b"),
        r"\b(?:quero|vontade de|preciso|vou) (?:me cortar|me machucar|me ferir|me queimar|me mutilar)\b(?! o cabelo| a franja)",
        r"\b(?:disse|diz|falou|fala|ameacou|ameaca|jurou|grita|gritou|gritando|dizendo|falando|berrando|jurando)\b[^.!?]{0,40}\b(?:vai me matar|me mata|me matar|matar-me|vai matar-me|me matara|me esfaquear|me dar um tiro)\b",
        r"\bameacou (?:me matar|de me matar|matar-me)\b|\bameaca (?:me matar|de me matar|matar-me)\b",
        _both(r"\b(?:esta|ta|tá) (?:aqui )?(?:na|em frente a|em frente da|na frente da|do lado de fora da) (?:minha )?(?:porta|casa|janela)\b|\b(?:esta|ta) la fora\b",
              r"\b(?:medo|socorro|ajuda|policia|190|112|arma|faca|revolver|ameac\w*|batendo|esmurrando|chutando|gritando|arrombar|entrar|escondid[oa]|bebado|bebad[oa]|matar)\b"),
        r"\b(?:esta|ta|tá|fica) (?:batendo|esmurrando|chutando|socando|tentando arrombar|forcando) (?:na |a )?(?:minha )?porta\b|\bquer arrombar a porta\b",
        r"\b(?:ele|ela) me trancou\b|\bme trancou (?:em casa|no quarto|no banheiro|dentro|aqui)\b|\bestou trancad[oa] (?:em casa|no quarto|no banheiro)\b|\bnao me deixa sair de casa\b",
        r"\b(?:estou|to|tou) escondid[oa] (?:no|na) (?:banheiro|quarto|armario|casa de banho|cozinha)\b",
        _both(r"\b(?:ele|ela) (?:tem|esta com|ta com|pegou) (?:uma|um|a|o) (?:faca|arma|revolver|pistola|espingarda|facao)\b",
              r"\b(?:medo|socorro|ajuda|policia|ameac\w*|escondid[oa]|trancad[oa]|matar|aqui|em casa|gritando|bebad[oa])\b"),
    ],
    violence=[
        r"\b(?:vou|eu vou|quero|juro que vou|ainda vou|vamos|juro que eu vou) (?:matar|assassinar|esfaquear|enforcar|estrangular|furar|apagar) (?:ele|ela|eles|elas|esse|essa|aquele|aquela|o desgracado|a desgracada|a vagabunda|o vagabundo|essa vagabunda|esse desgracado|os dois|voce|vc|tu)\b",
        r"\bvou (?:mata-lo|mata-la|mata-los|mata-las|matar-te|te matar|matar voce|acabar com a raca (?:dele|dela)|esfaquear-lo|esfaquea-lo|esfaquea-la)\b",
        r"\b(?:eu )?mato (?:ele|ela|esse|essa|aquele|aquela|os dois|a vagabunda|o desgracado|essa vagabunda|aquele desgracado|esse cara|essa mulher)\b|\bmato-(?:o|a|os|as)\b|\beu te mato\b|\bte mato\b(?! de (?:rir|cocegas|beijos))",
        r"\b(?:vou|eu vou) (?:quebrar|arrebentar|rebentar|partir|esmagar|estourar|arrancar|socar|amassar) (?:a cara|a boca|os dentes|a cabeca|as pernas|o nariz|a fuca|o focinho|o pescoco|a fuça|os bracos|as costelas) (?:dele|dela|desse|dessa|daquele|daquela|do|da|desse cara|dessa vagabunda|desse desgracado)\b",
        r"\b(?:quebrar|arrebentar|rebentar|partir|esmagar|estourar|arrancar|quebro|arrebento|parto|esmago|estouro) (?:a cara|a boca|os dentes|a cabeca|as pernas|o nariz|a fuca|o focinho|o pescoco) (?:dele|dela|desse|dessa|daquele|daquela)\b",
        r"\b(?:vou-lhe|vou lhe|parto-lhe|parto lhe|parti-lhe|vou partir-lhe|vou partir lhe|arrebento-lhe|rebento-lhe|rebento lhe) (?:partir |rebentar |arrebentar |partir-lhe )?(?:a cara|a boca|os dentes|a cabeca|as pernas|o focinho|o nariz|a tromba|as fuças|as trombas)\b",
        r"\b(?:vou|eu vou|vamos) (?:dar|meter|descer|sentar|enfiar) (?:uma |um |o |a |de )?(?:surra|porrada|pancada|coca|soco|socos|tapa|tapas|murro|murros|bofetada|sova|tareia|chapada|pau|tiro|tiros|facada|facadas|bala|pancadaria|cacete|bordoada|lambada|tabefe|chute|chutes|pontape|pontapes)\b(?! no visual| de leve| na bola| na mesa)",
        r"\b(?:encher|enchia|encho|vou encher) (?:ele|ela|esse|essa|o|a|aquele|aquela|esse cara|essa vagabunda)? ?de (?:porrada|pancada|soco|socos|tapa|tapas|murro|murros|bala|tiro|tiros|facada|facadas|chute|chutes|pontapes)\b",
        r"\b(?:vou|eu vou|quero) (?:bater|socar|espancar|surrar|esmurrar|sovar) (?:n?ele|n?ela|nesse|nessa|naquele|naquela|essa|esse|aquele|aquela|o desgracado|a vagabunda)\b|\bvou (?:espanca-lo|espanca-la|surra-lo|surra-la|pegar (?:ele|ela) na porrada|quebrar (?:ele|ela) (?:todo|toda|inteiro|inteira|na porrada))\b",
        r"\bacabar com (?:ele|ela|esse|essa|aquele|aquela) (?:na porrada|no soco|na bala|na faca|no tapa)\b|\b(?:vai|vao) se ver comigo\b|\bvai ver o que e bom\b",
        r"\b(?:ele|ela|eles|elas|esse|essa|aquele|aquela|o desgracado|a vagabunda) (?:vai|vao|ha de|vai ter que) (?:me )?pagar (?:caro|muito caro|por (?:isso|tudo|o que)|pelo que)\b|\bvai pagar caro\b|\b(?:ele|ela) paga caro\b",
        r"\b(?:ele|ela|eles|elas) me paga(?:m|ra|rao)?\b(?! (?:a|o|as|os|pensao|aluguel|conta|contas|escola|um|uma|divida|parte|mesada|jantar)\b)",
        r"\b(?:ele|ela) vai me pagar\b(?! (?:a|o|as|os|pensao|aluguel|conta|contas|escola|um|uma|divida|parte|mesada|jantar)\b)",
        r"\bvou fazer (?:ele|ela|eles|essa|esse|aquele|aquela) pagar\b(?! (?:a|o|as|os|pensao|aluguel|conta|contas|escola|um|uma|divida|parte)\b)",
        _both(r"\bsei (?:onde|a que horas) (?:ele|ela|eles|elas|esse|essa|a amante|o amante) (?:mora|trabalha|estaciona|vive|fica|estuda|sai|dorme|malha)\b",
              r"\b(?:vou|vai|pagar|esperar|arrepender|visita|surpresa|cuidado|ver so|me aguarde|aparecer|bater|buscar)\b"),
        r"\bvou fazer (?:ele|ela|eles|elas|essa|esse|aquele|aquela)(?: \w+)? se arrepender\b|\b(?:faze-lo|faze-la|fazê-lo|fazê-la) (?:se )?arrepender\b|\barrepender(?:-se)? de ter nascido\b|\bvai desejar (?:nunca )?nao ter nascido\b|\bvai desejar nunca ter nascido\b",
        r"\b(?:dessa|desta|essa|esta) vez,? nao (?:vai ficar|fica|ficara) (?:so |apenas )?(?:nas|em) (?:palavras|ameacas)\b|\bnao vai ficar (?:so |apenas )?(?:nas|em) (?:palavras|ameacas)\b|\b(?:dessa|desta) vez (?:eu )?(?:passo|vou passar) (?:das palavras )?(?:aos|para os|pros) (?:atos|fatos)\b",
        _unless(r"\b(?:para|pra|p) (?:conversar|falar|buscar|pegar as|entregar|devolver|resolver)\b",
                r"\b(?:vou|eu vou) (?:esperar|ficar esperando|aguardar|ficar de tocaia|estar esperando)(?: por)? (?:ele|ela|esse|essa|aquele|aquela|o desgracado|a vagabunda)\b[^.]{0,30}\b(?:na saida|la fora|na porta|no estacionamento|na esquina|em casa|no trabalho|sozinh[oa]|quando sair|com uma|com um|de tocaia)\b"),
        r"\bvou (?:machucar|ferir|fazer mal a|fazer mal pra|fazer mal para) (?:ele|ela|esse|essa|aquele|aquela|a amante|o amante)\b(?! emocionalmente)",
        r"\bvou (?:la|ate la|na casa dele|na casa dela) com (?:uma|um|a|o) (?:faca|arma|revolver|taco|pedaco de pau|facao)\b",
    ],
    harassment=[
        r"(?<!nao )(?<!nunca )(?<!pense que )(?<!pensar que )(?<!achar que )(?<!ache que )(?<!acha que )(?<!disse que )(?<!diz que )(?<!falou que )\b" + _PT_YOU + r" " + _PT_INT + _PT_INSULT + r"\b",
        r"(?<!nao )\bes (?:um|uma) " + _PT_INT + _PT_INSULT + r"\b",
        r"\b(?:voce|vc|tu|ce) (?:me )?(?:da|das|dá) (?:nojo|pena|vergonha|asco|vontade de vomitar|preguica|enjoo)\b|\b(?:que nojo|tenho nojo|sinto nojo|que vergonha|tenho vergonha) (?:de voce|de vc|de ti|de voces)\b",
        r"(?<!nao foi )(?<!nao e )\b(?:nao e a toa|nao admira|nao me admira|nao me surpreende|por isso|e por isso|claro|obvio|obviamente|logico|entendo por que|explica por que|com razao|nao e de admirar|bem que) (?:que )?(?:\w+ ){0,2}(?:te (?:deixou|largou|traiu|trocou|abandonou|chifrou|dispensou|deu um pe|deu o fora|botou chifre|meteu chifre|passou a perna)|(?:deixou|largou|traiu|trocou|abandonou|chifrou|dispensou)-te|(?:tenha|tinha|ter) te (?:deixado|largado|traido|trocado|abandonado|chifrado))\b",
        r"(?<!nao )(?<!nao foi )(?<!pensar que )(?<!achar que )\b(?:a culpa (?:e|foi) (?:toda |so )?(?:sua|tua)|(?:e|foi) (?:toda |so )?(?:sua|tua) culpa|(?:e|foi) culpa (?:sua|tua)|(?:voce|vc|tu) (?:e|eh|es|foi) (?:a |o )?culpad[oa])\b",
        r"\bbem feito (?:pra|para) (?:voce|vc|ti|tu|voces)\b|\b(?:voce|vc|tu) (?:que )?(?:procurou|pediu|mereceu) (?:isso|por isso)\b|\bquem mandou (?:confiar|acreditar|casar|ser trouxa|ser burra|perdoar)\b|\b(?:voce|vc|tu) (?:colheu|esta colhendo|ta colhendo) o que plantou\b",
        r"(?<!nao )\b(?:que vergonha (?:de voce|de ti|alheia de voce)|tenha vergonha|toma vergonha|tenha vergonha na cara|(?:voce|vc|tu) nao tem vergonha|nao tem vergonha na cara|se enxerga|vergonha na cara)\b",
        r"(?<!que )(?<!acha que )(?<!achar que )\bninguem (?:aqui |neste grupo |no grupo |aqui no grupo )?(?:gosta de (?:voce|vc|ti)|te (?:suporta|aguenta|quer|atura|pediu|perguntou|chamou)|aguenta (?:voce|vc)|pediu (?:a )?sua opiniao|perguntou nada|liga pra (?:voce|vc|tua|sua))\b",
        _unless(_PT_SAID, r"\b(?:some daqui|sai do grupo|vaza daqui|vaza do grupo|cai fora|se manda daqui|vai se foder|vai tomar no cu|vai a merda|vai pro inferno|vai te foder|morre (?:logo|de vez|desgracad[oa]|sua|seu))\b"),
        _unless(_PT_SAID + "|" + LAUGH, r"\b(?:cala (?:a )?boca|cala-te|cala te|fica quiet[oa]|fecha a matraca|cala essa boca|calaboca|cale-se|cale a boca|fecha essa boca|fecha o bico)\b"),
        # a word before it, not the end of a name ("@juliana sua falsa")
        r"(?<!\ba )(?<!\bo )(?<!\bde )(?<!\bda )(?<!\bdo )(?<!\bcom )(?<!\bna )(?<!\bno )(?<!\bpra )(?<!\bpara )(?<!\be )\b(?:sua (?:vadia|puta|vagabunda|piranha|idiota|burra|otaria|imbecil|nojenta|ridicula|falsa|mentirosa|louca|vaca|cadela|cretina|retardada|gorda|baranga|lixo|trouxa|corna|escrota|biscate|galinha|sonsa|inutil|chata)|seu (?:idiota|burro|otario|imbecil|nojento|ridiculo|falso|mentiroso|viado|corno|babaca|merda|lixo|retardado|cretino|verme|escroto|inutil|trouxa|bosta|chato))\b",
        r"@\w+,? (?:voce e |vc e |tu es |tu e )?" + _PT_INT + r"(?:patetic[oa]|ridicul[oa]|idiota|burr[oa]|estupid[oa]|imbecil|otari[oa]|nojent[oa]|fals[oa]|mentiros[oa]|vadia|puta|vagabund[oa]|trouxa|lixo|palhac[oa]|fracassad[oa]|falhad[oa]|vitimista|inutil)\b",
        r"\b(?:para|pare|deixa) de (?:se fazer de vitima|mimimi|chororo|vitimismo|se vitimizar|choramingar|fazer drama)\b",
        r"\b(?:macacos? imund[oa]s?|macaco de merda|crioul[oa]s? (?:de merda|imund[oa])|viados de merda|sapatao de merda|judeus de merda|nordestinos de merda|paraibas de merda|bando de viados|(?:voce|vc|seu|sua) (?:macac[oa]|crioul[oa]))\b",
        r"\b(?:todo|todos os) (?:negros?|gays?|viados?|nordestinos?|judeus?|muculmanos?|imigrantes|travestis|ciganos) (?:e|sao) (?:tudo )?(?:lixo|bicho|animais?|vagabundos?|ladr[aoe]+s|doentes?|escoria|praga)\b",
        r"(?<!que )\b(?:voce|vc|tu) nao vale (?:nada|um centavo)\b|\b(?:voce|vc) e um zero\b|\b(?:voce|vc|tu) (?:e|es) um nada\b",
    ],
    pos_crisis=[
        "eu quero morrer, nao aguento mais essa dor",
        "nao quero mais viver, tudo perdeu a cor",
        "hoje a noite vou me matar, ja decidi",
        "todos ficariam melhor sem mim, principalmente meus filhos",
        "sou so um peso pra minha familia",
        "os comprimidos ja estao separados na cabeceira",
        "isto e uma despedida. cuidem dos meus filhos, me perdoem",
        "nao aguento mais, so quero sumir para sempre",
        "ele disse que vai me matar e agora esta batendo na porta",
        "ele me trancou no quarto e levou meu celular",
        "quero acabar com tudo de uma vez",
        "me cortei de novo ontem a noite",
        "estou pensando em tirar minha propria vida",
        "ja esta tudo pronto, deixei a carta para os meus filhos",
        "quando voces lerem isso eu ja nao estarei mais aqui",
        "vou-me matar, ja nao aguento",
    ],
    pos_violence=[
        "se eu ver ele com ela de novo eu mato ele",
        "vou quebrar a cara dele assim que sair do trabalho",
        "vou dar uma surra naquela vagabunda",
        "ele vai me pagar caro por isso",
        "sei onde ela mora e amanha vou aparecer la",
        "vou fazer ela se arrepender de ter me traido",
        "dessa vez nao vai ficar so nas palavras",
        "vou esperar ele na saida do trabalho com um taco",
        "vou mata-lo, nao me importo de ir preso",
        "vou encher ele de porrada",
        "ela me paga, pode escrever",
        "vou-lhe partir a cara a esse cabrao",
    ],
    pos_harassment=[
        "@ana voce e patetica, faz meses que chora pela mesma coisa",
        "vc e uma fracassada, aceita",
        "nao e a toa que ele te largou, ninguem te aguenta",
        "a culpa e sua de ele ter te traido, se largou",
        "que vergonha de voce, expondo isso aqui",
        "ninguem aqui gosta de voce, sai do grupo",
        "cala a boca, ninguem te perguntou nada",
        "voce e falsa, inventa tudo",
        "voce me da nojo com esse chororo",
        "bem feito pra voce, quem mandou confiar",
        "para de se fazer de vitima, sua trouxa",
        "tu es uma falhada",
    ],
    negative=[
        "que nojo do que ele fez, e um patetico",
        "meu ex e um mentiroso e um covarde",
        "to morrendo de rir com esse meme kkkk",
        "morri de rir com a tua historia",
        "esse trabalho esta me matando, doze horas hoje",
        "ha dois anos eu queria morrer, hoje estou estudando de novo",
        "voce nao e um peso, obrigada por compartilhar",
        "nao e culpa sua que ele te traiu, foi escolha dele",
        "nao quero mais viver assim com ele, vou pedir o divorcio",
        "ele vai pagar a pensao das criancas, o juiz decidiu",
        "nao tenha vergonha, todas nos passamos por isso",
        "ele esta na porta para buscar as criancas, tudo tranquilo",
        "vou me matar de estudar essa semana pra prova",
        "vou pegar ele na escola as cinco",
        "tomo os remedios que o psiquiatra receitou, estao separados no porta-comprimidos",
        "voce nao e patetica por chorar, isso faz parte do luto",
        "minha avo morre de medo de aviao",
        "chega de mimimi comigo mesma, amanha volto pra academia",
        "meu marido me falou cala a boca na frente dos filhos e eu fiquei arrasada",
    ],
)

# ==========================================================================
# pl - Polish
# ==========================================================================
_PL_PAST = r"\b(?:\w+ )?(?:lata|lat|rok|miesiecy|miesiace|miesiac) temu\b|\b(?:kiedys|dawniej|wtedy|jako nastolatka|jako nastolatek)\b"
_PL_SAID = r"\b(?:powiedzial|powiedziala|krzyczal|krzyczala|krzyczy|mowi|mowil|mowila|napisal|napisala)\b"
_PL_INT = r"(?:(?:taka|taki|takim|po prostu|naprawde|strasznie|mega|totalnie|zwyklym|zwykla|kompletnym|kompletna|zalosnym|zalosna|glupia|glupim|wielkim|wielka|jedna|jednym|tylko|kurwa|serio|zawsze|nadal|wciaz|juz|ty|wiesz|no|kompletnie|calkowicie|absolutnie|okropnie|beznadziejnym|beznadziejna|smiesznym|smieszna) )*"
_PL_INSULT = (r"(?:zalosn[aey]|zalosnym|zenujac[aey]|glupi|glupia|tepa|tepy|falszyw[aey]|obrzydliw[aey]|beznadziejn[aey]|zaklaman[aey]|nienormaln[aey]|frajerem|frajerka|"
              r"nieudacznikiem|nieudacznica|zerem|zartem|posmiewiskiem|idiotka|idiota|debilem|debilka|kretynem|kretynka|szmata|dziwka|pajacem|klaunem|smieciem|porazka|"
              r"oszustka|oszustem|hipokryta|hipokrytka|klamczucha|klamca|histeryczka|ofiara losu|pizda|cipa|ciota|pedalem|lamusem|przegrywem|przegrywka|suka|"
              r"zerem|nikim|nic niewarta|nic niewart|bezwartosciow[aey]|zalosnym przegrywem|zdzira|zdzirem|puszczalska|wywloka|tlusta swinia|grubasem|grubaska|zalosnym zerem|"
              r"zdradzana frajerka|rogaczem|rogaczka|debil|kretyn|idiotka|mitomanka|manipulatorka|egoistka|psycholka|wariatka)")
_PL_CUE_DEATH = (r"\b(?:umrzec|umre|smierc\w*|zabic sie|zabije sie|samobojstw\w*|zniknac|skonczyc z tym|skonczyc ze soba|odebrac sobie zycie|tabletki|zyletki|sznur|"
                 r"zegnajcie|pozegnanie|lepiej beze mnie|lepiej bez mnie|ciezarem|nie chce zyc|po co zyc|sensu zyc|nie obudzic)\b")

_lang(
    "pl",
    crisis=[
        _unless(LAUGH, r"\b(?:chce|chcialabym|chcialbym|wolalabym|wolalbym|mam ochote|pragne|marze zeby|marze, zeby) (?:juz |tylko |po prostu |naprawde |juz tylko |po prostu juz |teraz |jedynie |)*(?:umrzec|nie zyc|byc martw[aey]|przestac istniec|nie istniec)\b(?! ze (?:smiechu|wstydu|nudow|glodu)| niz)"),
        r"\bnie (?:chce|chcialabym|chcialbym) (?:juz )?(?:dalej )?zyc\b(?! (?:tak|z nim|z nia|w |bez|obok|pod|jak|w klamstwie|dalej tak|w ten sposob|u boku|razem))",
        r"\bnie chce mi sie (?:juz )?zyc\b(?! (?:tak|z nim|z nia|w |w ten sposob))|\bnie mam (?:juz )?(?:po co|dla kogo|sily|powodu|ochoty) zyc\b(?! (?:tak|z nim|z nia|w ten sposob))",
        r"\b(?:chce|chcialabym|chcialbym|wolalabym|wolalbym) sie (?:juz )?(?:jutro |wiecej |nigdy )*nie obudzic\b|\bnie (?:chce|chcialabym|chcialbym) sie (?:juz )?(?:jutro |wiecej |nigdy )*obudzic\b|\bzasnac i (?:sie )?nie obudzic\b|\bobym sie (?:jutro |juz )?nie obudzil[a]?\b",
        _unless(r"\bzniknac (?:z (?:grupy|internetu|social|miasta|jego zycia|jej zycia|tej grupy|facebooka)|na (?:kilka|pare|chwile|weekend|troche|jakis czas))", r"\b(?:chce|chcialabym|chcialbym) (?:po prostu |tylko |juz )?zniknac\b|\bzniknac na zawsze\b|\bzniknac z tego swiata\b"),
        _unless(_PL_PAST, r"\b(?:zabije sie|odbiore sobie zycie|skoncze ze soba|targne sie na (?:swoje )?zycie|popelnie samobojstwo|powiesze sie|wyskocze z okna|rzuce sie pod (?:pociag|auto|samochod|tramwaj)|skocze (?:\w+ )?z (?:mostu|okna|dachu|balkonu|wiezowca)|podetne sobie zyly|lykne wszystkie (?:tabletki|leki|prochy)|otruje sie)\b(?! ze smiechu)"),
        _unless(_PL_PAST, r"\b(?:chce|chcialabym|chcialbym|mysle o tym,? (?:zeby|by)|mysle,? zeby|zamierzam|planuje|mam zamiar|rozwazam|ide|postanowilam|postanowilem|jestem gotowa|jestem gotowy) (?:sie )?(?:zabic|odebrac sobie zycie|skonczyc ze soba|powiesic|targnac sie na (?:swoje )?zycie|popelnic samobojstwo|wyskoczyc z okna|skoczyc z (?:mostu|okna|dachu)|podciac sobie zyly|otruc)\b"),
        _unless(_PL_PAST, r"\b(?:mysle|ciagle mysle|znowu mysle|codziennie mysle)(?: (?:tylko|ciagle|caly czas|wciaz|juz tylko|non stop))* o (?:samobojstwie|smierci|tym,? zeby sie zabic|odebraniu sobie zycia)\b|\bmam (?:znowu |ciagle |coraz czesciej )?mysli samobojcze\b"),
        _unless(r"\b(?:rozwod|zwiazek|malzenstw|slub|prawnik|terapi|z nim|z nia|separacj)\w*", r"\b(?:chce|musze|pora|czas|zamierzam) (?:juz )?(?:skonczyc|zakonczyc) (?:z )?(?:tym wszystkim|ze wszystkim|to wszystko|wszystko raz na zawsze)\b"),
        r"\b(?:wszystkim|wszyscy|dzieciom|rodzinie|swiatu|im|wam|mezowi|bliskim)\b(?: \w+){0,2} (?:bedzie|byloby|bedzie sie zylo|zyloby sie|byliby|beda|bylo by) (?:\w+ )?lepiej (?:beze mnie|bez mnie)\b",
        r"\blepiej (?:im |wam |wszystkim |dzieciom |swiatu |by bylo )?(?:beze mnie|bez mnie)\b(?! (?:w tej grupie|na tym wyjezdzie|na imprezie))",
        r"\bnikt (?:by )?nie (?:zauwazy|zauwazylby|zauwazylby|bedzie tesknil|bedzie plakal|zatesknilby)\b[^.]{0,20}\b(?:gdybym|jak) (?:umarla|umarl|zniknela|zniknal|mnie nie bylo)\b",
        r"(?<!nie )\bjestem (?:tylko |jedynie |po prostu |dla wszystkich |dla nich |dla rodziny |dla dzieci |juz tylko |wszystkim )*(?:ciezarem|brzemieniem|klopotem dla wszystkich|zawada|problemem dla wszystkich|kula u nogi)\b",
        _unless(r"apteka|recept|lekarz|dawk|organizer|kasetk", r"\b(?:tabletki|leki|prochy|pigulki|zyletki|zyletka|zyletke|sznur|line|linke)\b[^.]{0,40}\b(?:gotowe|gotowy|gotowa|przygotowane|przygotowany|przygotowana|odlozone|odlozony|schowane|nazbierane|zebrane|obok mnie|przede mna|w reku|w dloni|czekaja)\b"),
        r"\b(?:w reku|w rece|w dloni|przed soba|przede mna|na stole przede mna) (?:mam |trzymam )?(?:cale |pelne )?(?:opakowanie|opakowania|paczke|blister|garsc|sloik|fiolke|buteleczke) (?:tabletek|lekow|prochow|pigulek)\b|\bmam w reku (?:\w+ )?(?:tabletki|tabletek|leki|lekow|zyletke|noz)\b",
        r"\b(?:najlepiej|lepiej) (?:by bylo|byloby|dla wszystkich)(?:,)? (?:gdybym|jakbym|zebym) (?:umarla|umarl|zniknela|zniknal|nie zyla|nie zyl|sie zabila|sie zabil|nie istniala|nie istnial)\b",
        _unless(_PL_PAST, r"\b(?:lyknel(?:am|em)|polknel(?:am|em)|wzial(?:am|em)|nazarl(?:am|em) sie) (?:wszystkie|cale opakowanie|cala paczke|garsc|cala garsc|wszystkie moje) ?(?:tabletki|tabletek|leki|lekow|prochy|prochow|pigulki)?\b"),
        r"\bkupil(?:am|em) (?:dzis |dzisiaj |juz )?(?:zyletki|zyletke|sznur|line)\b(?! (?:do|na) )",
        r"\bnapisal(?:am|em) (?:juz )?(?:list pozegnalny|listy pozegnalne|list do dzieci|listy do dzieci|pozegnanie)\b|\bsuicide note\b",
        r"\bnie mam (?:juz )?sily (?:zyc|dalej zyc|zeby zyc)\b",
        r"\blepiej bez (?:takiej matki|takiego ojca|takiej zony|takiej osoby|kogos takiego) jak ja\b|\blepiej (?:im |by im )?bez matki takiej jak ja\b",
        r"\b(?:nazbieral(?:am|em)|zbieral(?:am|em)|odkladal(?:am|em)|uzbieral(?:am|em)|schowal(?:am|em)|kupil(?:am|em)) (?:juz )?(?:\w+ )?(?:tabletek|tabletki|lekow|leki|prochow|prochy|zyletki|zyletek|sznur)\b(?! (?:do|na) (?:bielizny|pranie|przeziebienie|bol|cisnienie|glowe))",
        _both(r"\bwszystko (?:jest |juz )?(?:juz )?(?:przygotowane|gotowe|zaplanowane|postanowione)\b|\bmam (?:juz )?wszystko (?:przygotowane|zaplanowane|gotowe)\b|\bwiem,? jak (?:to zrobie|to zrobic)\b",
              r"\b(?:pozegnan\w*|zegnajcie|list|wybaczcie|umrzec|tabletki|sznur|ostatni raz|ostatnia wiadomosc|dzis w nocy|dzisiaj w nocy|na zawsze|moimi dziecmi|moje dzieci)\b"),
        _both(r"\b(?:zegnajcie|zegnam|pozegnanie|wybaczcie mi|przepraszam za wszystko|mnie nie bedzie|ostatni raz|ostatnia wiadomosc|kocham was wszystkich)\b",
              r"\b(?:zaopiekujcie|zajmijcie|opiekujcie) sie (?:prosze )?(?:moimi )?(?:dziecmi|corka|synem|corkami|synami|maluchami)\b|\bdbajcie o moje dzieci\b"),
        r"\bto (?:jest )?(?:moje|moj|ostatnie) (?:pozegnanie|list pozegnalny|ostatnie slowa)\b(?! (?:z grupa|z ta grupa|z forum|na jakis czas))",
        r"\bzegnajcie (?:wszyscy|na zawsze|kochani)\b|\bzegnam sie z wami na zawsze\b",
        r"\b(?:kiedy|gdy|jak) (?:to )?(?:przeczytacie|bedziecie to czytac)(?: to)?,? (?:mnie )?(?:juz )?(?:mnie )?nie bedzie\b|\b(?:kiedy|gdy|jak) to przeczytacie,? (?:bede )?(?:juz )?martw[aey]\b",
        _both(r"\bnie daje (?:juz )?rady\b|\bnie moge juz\b|\bnie wytrzymam (?:juz )?(?:dluzej|tego)\b|\bmam (?:juz )?dosc\b|\bjuz nie moge\b|\bnie mam juz sil\b", _PL_CUE_DEATH),
        _unless(_PL_PAST, r"\btne sie\b(?! (?:z kims|z nim))|\b(?:znowu|znow|wczoraj|dzis|w nocy|ponownie) (?:sie )?poci(?:el|al)(?:am|em)(?: sie)?\b|\bpoci(?:el|al)(?:am|em) sie (?:znowu|znow|wczoraj|dzis|w nocy|ponownie)\b|\bpoci(?:el|al)(?:am|em) sobie (?:rece|nadgarstki|uda|nogi)\b"),
        r"\b(?:chce|musze|mam ochote|ciagnie mnie,? zeby|ciagnie mnie zeby) (?:sie )?(?:pociac|zrobic sobie krzywde|okaleczyc|poranic)\b|\brobie sobie krzywde\b",
        r"\b(?:mowi|powiedzial|powiedziala|grozi|grozil|grozila|krzyczy|krzyczal|przysiegl|odgraza sie|wrzeszczy)\b[^.!?]{0,40}\b(?:mnie zabije|zabije mnie|mnie zabic|zabic mnie|mnie udusi|udusi mnie|mnie zatlucze|zatlucze mnie|zrobi mi krzywde|mnie pobije|mnie zadzga|poderznie mi gardlo)\b",
        _both(r"\bstoi (?:pod|pod moimi|przed|przed moimi) drzwiami\b|\bjest pod (?:moim )?domem\b|\bstoi pod (?:moim )?oknem\b",
              r"\b(?:boje|strach|pomocy|pomoz\w*|policj\w*|112|997|noz\w*|bron\w*|grozi|wali|kopie|krzyczy|wrzeszczy|wywazyc|wejsc|schowal\w*|pijany|zabije)\b"),
        r"\b(?:dobija sie|wali|lomocze|kopie|wali piesciami) (?:do|w) (?:moich )?drzwi\b|\bprobuje (?:wywazyc|wylamac) drzwi\b",
        r"\bzamknal mnie\b|\bzamknela mnie\b|\bzamyka mnie (?:w|na)\b|\bjestem zamknieta (?:w|na klucz)\b|\bnie wypuszcza mnie z (?:domu|pokoju|mieszkania)\b",
        r"\bschowal(?:am|em) sie w (?:lazience|lazience na klucz|szafie|pokoju|piwnicy|samochodzie)\b",
        _both(r"\bma (?:noz|bron|pistolet|siekiere|strzelbe)\b|\bwzial (?:noz|bron|pistolet|siekiere)\b",
              r"\b(?:boje|strach|pomocy|policj\w*|grozi|schowal\w*|zamkn\w*|zabije|krzyczy|pijany|jest tu|w domu)\b"),
    ],
    violence=[
        r"\b(?:zabije|zatlucze|udusze|zajebie|zamorduje|zadzgam|zastrzele|zaciukam|rozszarpie|rozjade|wykoncze|ukatrupie|zatluke|odstrzele|poderzne gardlo) (?:go|ja|ich|je|tego|te|ta|tamtego|tamta|ciebie|cie|was|tego gnoja|te szmate|ta szmate|ta dziwke|tego skurwiela|te suke)\b(?! (?:smiechem|pytaniami|gadaniem|spojrzeniem))",
        _unless(r"\b(?:powiedzial|powiedziala|krzyczal|krzyczala|napisal|napisala)\b",
                r"(?<!on )(?<!ona )(?<!oni )(?<!mnie )\b(?:go|ja|ich|cie|ciebie|tego gnoja|te szmate|ta szmate) (?:zabije|zatlucze|udusze|zajebie|zamorduje|zadzgam|zastrzele|spiore|pobije|zleje|skopie|dopadne|wykoncze|skatuje|rozszarpie|ukatrupie)\b(?! (?:smiechem|pytaniami))"),
        r"\b(?:chce|ide|pojade|musze|zaraz|jutro|dzisiaj|chyba) (?:go |ja |ich |te |tego )?(?:zabic|zatluc|udusic|zajebac|skatowac|zastrzelic|zadzgac|zamordowac|ukatrupic)(?: go| ja| ich)?\b",
        r"\b(?:rozwale|rozbije|obije|skopie|rozkwasze|polamie|urwe|wybije|rozpierdole|rozjebie|przetrace|zmiazdze|rozlupie|obije) (?:(?:mu|jej|im|ci|temu|tej|wam) )?(?:\w+ )?(?:leb|glowe|morde|ryj|twarz|pysk|nos|zeby|nogi|rece|kosci|gebe|czaszke|kolana|dupe|jape|szczeke|zebra|kark)\b",
        r"\bdam (?:mu|jej|im|ci) (?:tak )?(?:w (?:morde|ryj|pysk|twarz|zeby|leb|gebe|jape)|po mordzie|po ryju|wpierdol|lomot)\b",
        r"\b(?:spiore|pobije|zleje|stluke|skopie|skatuje|napierdole|nakopie|sklepie|zmasakruje|zajebie|obije|uszkodze) (?:go|ja|ich|tego|te|ta|tamtego|tamta|cie|ciebie|tego gnoja|te szmate|ta szmate|tego frajera)\b(?! (?:w (?:szachy|karty|grze|sadzie)|na glowe))",
        r"\b(?:spuszcze|sprzedam) (?:mu|jej|im|ci) (?:taki |porzadny |solidny )?(?:wpierdol|lomot|manto|lanie|baty|kose)\b|\bdostanie (?:ode mnie )?(?:taki |porzadny )?(?:wpierdol|lomot|manto|w ryj|w morde|po mordzie|po ryju|w leb|baty|lanie|kose)\b",
        r"\b(?:zaplaci|zaplaca)(?: mi)? (?:za to|za wszystko|za kazda|za kazda lze|drogo|slono)\b|\b(?:mi )?za to (?:\w+ )?(?:zaplaci|zaplaca|odpowie|beknie)\b|\b(?:beknie|odpokutuje) za to\b|\bpopamieta mnie\b",
        _both(r"\bwiem,? gdzie (?:on |ona |ta szmata |ten gnoj |kochanka |kochanek )?(?:mieszka|pracuje|parkuje|bywa|sypia|chodzi na silownie)\b",
              r"\b(?:pojade|pojde|przyjde|czekac|poczekam|zaplaci|pozaluje|odwiedz\w*|dopadne|zobaczy|niech uwaza|lepiej niech|wpadne|zlozyc wizyte|niespodzianka)\b"),
        r"\bsprawie,? ze (?:\w+ )?(?:pozaluje|bedzie zalowac|bedzie zalowal|bedzie zalowala|gorzko pozaluje)\b|\bpozaluje(?:sz)?,? ze sie urodzil[a]?\b|\bpozaluja,? ze sie urodzili\b",
        r"\b(?:tym razem|teraz|tym razem to) nie (?:skonczy|skonczy sie|zostanie|bedzie|zatrzyma sie) (?:sie )?(?:tylko )?na (?:slowach|grozbach|gadaniu)\b|\bnie skonczy sie (?:tylko )?na slowach\b|\bkoniec gadania,? teraz czyny\b",
        _unless(r"\b(?:az wroci|az sie zmieni|az sie opamieta|zeby porozmawiac|na rozmowe|z kwiatami|odebrac dzieci|po dzieci)\b",
                r"\b(?:bede (?:na niego|na nia|na nich) czekac|poczekam na (?:niego|nia|nich)|zaczaje sie na (?:niego|nia|nich)|zasadze sie na (?:niego|nia))\b[^.]{0,40}\b(?:pod (?:domem|praca|blokiem|klatka|jego|jej)|przed (?:domem|praca|blokiem|jego|jej)|z (?:nozem|kijem|bejsbolem|palka|maczeta)|w ciemnej|za rogiem|na parkingu)\b"),
        r"\bzaczaje sie na (?:niego|nia|nich)\b|\bzasadze sie na (?:niego|nia)\b|\bdopadne (?:go|ja|ich|te|tego|cie|ciebie|tego gnoja|te szmate)\b",
        r"\bzrobie (?:mu|jej|im) krzywde\b(?! (?:w sadzie|finansowo))|\bpojade do (?:niego|niej) z (?:nozem|kijem|bejsbolem|siekiera|pistoletem)\b",
    ],
    harassment=[
        r"(?<!nie )(?<!ze )(?<!myslisz ze )(?<!myslisz, ze )\b(?:ty )?jestes " + _PL_INT + _PL_INSULT + r"\b",
        r"\bjestes (?:zwykla|tania|glupia|stara|pierdolona|jebana) (?:kurwa|dziwka|szmata|suka|zdzira)\b",
        r"(?:\bty |^|@\w+,? )(?:glupia |glupi |zalosna |zalosny |pierdolona |pierdolony |tepa |tepy |stara |brzydka |gruba |jebana |jebany |durna |durny )*(?:idiotko|idioto|debilu|debilko|kretynie|kretynko|szmato|dziwko|suko|kurwo|frajerze|frajerko|pajacu|cioto|pedale|lamusie|zerze|nieudaczniku|nieudacznico|swinio|krowo|pizdo|cipo|smieciu|klamczucho|oszustko|gnoju|palancie|baranie|zdziro|wariatko|histeryczko|rogaczu)\b",
        r"\b(?:zal mi (?:ciebie|cie)|brzydze sie toba|rzygac mi sie chce (?:od ciebie|jak cie czytam)|obrzydzasz mnie|wstyd mi za ciebie|smiech mnie bierze jak cie czytam)\b",
        r"\bnic dziwnego,? ze (?:\w+ ){0,2}cie (?:zostawil|zostawila|zdradzil|zdradzila|zdradza|rzucil|rzucila|porzucil|porzucila|olal|olala|wymienil|wymienila|zostawia)\b|\bnic dziwnego,? ze (?:twoj maz|twoja zona|twoj facet|twoj chlopak|on|ona) (?:cie )?(?:zdradzil|zdradzal|zdradza|ma kochanke|poszedl do innej|odszedl|uciekl)\b",
        r"\b(?:to )?dlatego (?:\w+ )?cie (?:zostawil|zostawila|zdradzil|zdradzila|rzucil|rzucila|zdradza)\b",
        r"(?<!nie )\bto (?:jest )?(?:twoja|wylacznie twoja|tylko twoja|cala twoja|w calosci twoja) wina\b|\bto przez ciebie (?:cie )?(?:zdradzil|zostawil|odszedl)\b|(?<!nie )\btwoja wina,? ze\b",
        r"(?<!nie )\b(?:sama|sam) (?:jestes )?sobie (?:jestes )?winn(?:a|y|ien)\b|\b(?:sama|sam) sie o to prosil(?:as|es)\b|(?<!nie )\bzasluzyl(?:as|es) na to\b|\bmasz za swoje\b|\bdobrze ci tak\b|\bsama tego chcialas\b",
        r"(?<!nie )\bwstydz(?:cie)? sie\b(?! (?:prosic|pytac|mowic|tego))|(?<!nie )\bpowinn(?:as|es) sie wstydzic\b|\bjak ci nie wstyd\b|\bnie masz wstydu\b",
        r"(?<!ze )(?<!myslisz )\bnikt (?:\w+ ){0,2}?(?:cie|ciebie|ci) (?:\w+ ){0,2}?nie (?:lubi|chce|znosi|trawi|pytal|prosil|potrzebuje|cierpi|zauwaza)\b|\bnikt (?:tu |tutaj )?nie (?:lubi|chce|znosi|trawi|potrzebuje) (?:cie|ciebie)\b",
        _unless(_PL_SAID, r"\b(?:spadaj|wypad z grupy|wynocha|spierdalaj|wypierdalaj|odwal sie|odpierdol sie|idz sie leczyc|won z grupy|won stad)\b"),
        _unless(_PL_SAID + "|" + LAUGH, r"\b(?:zamknij|zamknijcie|stul) (?:sie|morde|ryj|jape|pysk|dziob|gebe|ryja|pape)\b"),
        r"\b(?:przestan|skoncz|przestancie) (?:sie nad soba uzalac|uzalac sie nad soba|robic z siebie ofiare|grac ofiare|jeczec|marudzic|beczec|ryczec|histeryzowac)\b",
        r"@\w+,? (?:jestes )?" + _PL_INT + r"(?:zalosn[aey]|glupia|glupi|idiotka|idiota|debil\w*|kretyn\w*|frajer\w*|szmata|dziwka|klamczucha|falszyw[aey]|zenujac[aey]|nieudacznic\w*|zerem|smieciem)\b",
        r"\b(?:czarnuch\w*|ciapat\w*|brudas\w*|pedaly|pedalow|cwele|zydki|zydostwo|parchy|asfalty|zoltki|pedalstwo|lesby jebane|ciota jebana)\b",
        r"\b(?:wszyscy )?(?:geje|lesbijki|zydzi|muzulmanie|czarni|ukraincy|uchodzcy|cyganie|romowie|imigranci) (?:to|sa) (?:zwykle |tylko )?(?:zwierzeta|scierwo|smieci|robactwo|pasozyty|szumowiny|chorzy|zboczency)\b",
        r"(?<!nie )\bjestes nikim\b|\bnic nie jestes wart[a]?\b|\bdo niczego sie nie nadajesz\b",
    ],
    pos_crisis=[
        "chce umrzec, nie daje juz rady z tym bolem",
        "nie chce juz zyc, wszystko straci sens",
        "dzis w nocy zabije sie, postanowilam",
        "wszystkim bedzie lepiej beze mnie, zwlaszcza dzieciom",
        "jestem tylko ciezarem dla rodziny",
        "tabletki sa juz przygotowane obok lozka",
        "to moje pozegnanie. zaopiekujcie sie moimi dziecmi, wybaczcie",
        "nie daje rady, chce po prostu zniknac na zawsze",
        "mowi, ze mnie zabije, a teraz dobija sie do drzwi",
        "zamknal mnie w sypialni i zabral telefon",
        "mysle o tym, zeby odebrac sobie zycie",
        "wczoraj znowu sie pocielam",
        "chcialabym zasnac i sie nie obudzic",
        "wszystko juz przygotowane, list dla dzieci lezy na stole",
        "kiedy to przeczytacie, mnie juz nie bedzie",
    ],
    pos_violence=[
        "jak go jeszcze raz zobacze z nia, to zabije go",
        "rozwale mu leb jak tylko wyjdzie z pracy",
        "spiore te szmate przy wszystkich",
        "zaplaci mi za to, obiecuje",
        "wiem gdzie mieszka ta szmata i jutro pojade jej zlozyc wizyte",
        "sprawie, ze pozaluje, ze mnie zdradzila",
        "tym razem nie skonczy sie na slowach",
        "bede na niego czekac pod domem z kijem",
        "chce go zabic, nie obchodzi mnie wiezienie",
        "polamie mu nogi jak zblizy sie do dzieci",
        "dopadne go predzej czy pozniej",
        "dostanie ode mnie taki wpierdol ze popamieta",
    ],
    pos_harassment=[
        "@kasia jestes zalosna, od miesiecy placzesz o to samo",
        "jestes zwyklym nieudacznikiem, pogodz sie z tym",
        "nic dziwnego, ze cie zostawil, nikt by cie nie wytrzymal",
        "sama jestes sobie winna, ze cie zdradzil",
        "wstydz sie, ze piszesz takie rzeczy",
        "nikt cie tu nie lubi, wypad z grupy",
        "zamknij sie, nikt cie nie pytal",
        "jestes falszywa, wszystko zmyslasz",
        "brzydze sie toba i twoim jeczeniem",
        "to twoja wina, ze odszedl",
        "przestan robic z siebie ofiare, ty idiotko",
        "jestes po prostu zalosnym zerem",
    ],
    negative=[
        "on jest zalosny, nie wiem co w nim widzialam",
        "moj maz to klamca i tchorz, nienawidze go",
        "umieram ze smiechu z tego mema",
        "ta praca mnie zabija, dwanascie godzin dzisiaj",
        "dwa lata temu chcialam umrzec, teraz znowu studiuje",
        "nie jestes ciezarem, dziekuje ze sie podzielilas",
        "to nie twoja wina, ze cie zdradzil, to byl jego wybor",
        "nie moge tak dalej zyc z nim, biore rozwod",
        "nie chce juz tak zyc, w klamstwie, wiec sie wyprowadzam",
        "nie wstydz sie, wszystkie przez to przeszlysmy",
        "on stoi pod drzwiami, przyjechal po dzieci, wszystko spokojnie",
        "zaplaci alimenty, tak zdecydowal sad",
        "nie zaslugujesz na to, co ci zrobil",
        "nie zasluzylas na to, jestes wspaniala",
        "kupilam leki na przeziebienie i ide spac",
        "zamknij drzwi jak wychodzisz, prosze",
    ],
)

# ==========================================================================
# nl - Dutch
# ==========================================================================
_NL_PAST = r"\b(?:\w+ )?(?:jaar|jaren|maanden|maand) geleden\b|\b(?:vroeger|destijds|als tiener|toen ik jong was)\b"
_NL_SAID = r"\b(?:hij|zij|ze) (?:zei|zegt|riep|schreeuwde|schreeuwt|appte|stuurde)\b|\bzei (?:hij|ze|zij)\b"
_NL_INT = r"(?:(?:zo|echt|gewoon|zwaar|heel|erg|ontzettend|enorm|een|n|'n|wel|toch|nog steeds|altijd|wat|zo'n|zon|een echte|een echt|een grote|een vieze|een domme|een zielige|totaal|compleet|helemaal|ook|maar|alleen maar|niks meer dan|niets meer dan|gewoon een|echt een|zo een|best|behoorlijk|nogal|een vreselijke|een hele) )*"
_NL_INSULT = (r"(?:zielig|sneu|triest|loser|sukkel|mislukkeling|mislukt|grap|lachertje|clown|nep|fake|nepperd|hypocriet|dom|stom|domme|achterlijk|debiel|walgelijk|smerig|"
              r"schande|hoer|slet|trut|kutwijf|teef|kankerhoer|aansteller|aanstelster|zeur|zeikerd|huilebalk|mongool|flikker|idioot|leugenaar|leugenaarster|nul|waardeloos|"
              r"eikel|lul|klootzak|kut|kankerlijer|kankerwijf|dramaqueen|nepvrouw|zielepiet|zielenpiet|sloerie|del|viezerik|oplichter|oplichtster|nietsnut|patetisch|belachelijk|"
              r"lelijk|dik en lelijk|onuitstaanbaar|irritant|gestoord|psychopaat|nobody|niemand|een niemand|bedrogen sukkel|hoorndrager)")
_NL_CUE_DEATH = (r"\b(?:dood|sterven|doodgaan|zelfmoord|zelfdoding|er een eind(?:e)? aan|einde aan mijn leven|van kant|verdwijnen|afscheid|pillen|mesjes|touw|"
                 r"beter af zonder mij|een last|tot last|niet meer leven|verder leven|niet meer wakker worden|er niet meer zijn)\b")

_lang(
    "nl",
    crisis=[
        _unless(LAUGH, r"\b(?:ik wil|wil ik|ik zou willen|ik wou|ik zou|ik wil gewoon|ik wil echt) (?:gewoon |echt |alleen nog |alleen maar |liever |het liefst |zo graag |eigenlijk |gewoon echt |nu |vandaag |soms |)*(?:dood|sterven|doodgaan|dood zijn)\b(?! (?:van|om|aan|voor|als|dan))"),
        r"\bik (?:wou|wens|zou willen|wilde soms) dat ik dood (?:was|ben|ging)\b|\bik wou dat ik nooit geboren was\b|\bik (?:ben|was) liever dood\b(?! dan)",
        r"\bik wil (?:gewoon |echt )?niet meer (?:leven|verder leven|verder|bestaan|wakker worden)\b(?! (?:zo|met|in|zonder|naast|onder|als|op deze manier|samen|bij))",
        r"\bik wil er (?:gewoon |echt )?niet meer zijn\b|\bik hoop dat ik (?:morgen )?niet meer wakker word\b|\b(?:in ?slapen|gaan slapen) en niet meer wakker worden\b",
        r"\bik zie (?:het nut|de zin|geen zin|geen nut|geen reden) (?:er )?(?:niet )?meer (?:van )?in om (?:te leven|door te gaan met leven|verder te leven)\b|\bwaarom zou ik nog (?:leven|verder leven)\b",
        r"\bik denk (?:alleen nog maar|alleen nog|steeds|de hele dag|constant|elke dag|vaak) (?:aan )?(?:dood ?gaan|de dood|sterven|zelfmoord|er een eind aan maken|mezelf van kant maken)\b",
        r"\b(?:het )?zou (?:voor iedereen|voor allen|voor mijn kinderen|voor iedereen een stuk|iedereen) (?:\w+ )?(?:beter|makkelijker|fijner) (?:zijn|voor iedereen zijn) als ik (?:er )?(?:niet meer was|niet meer zou zijn|dood was|weg was|er niet meer was)\b|\bbeter (?:zijn )?als ik er niet meer (?:was|ben)\b",
        r"\bik heb (?:vandaag |net |al )?(?:scheermesjes|mesjes|een touw|een strop) gekocht\b",
        _unless(_NL_PAST, r"\bik heb (?:net |zojuist |al )?(?:al mijn|alle|een hele strip|een hele doos|de hele strip|de hele doos) ?(?:pillen|medicijnen|slaappillen|tabletten)? ?(?:ingenomen|geslikt|genomen)\b"),
        r"\bik wil (?:gewoon |echt |echt gewoon )?niet meer\s*[.!]*\s*$|\bik wil niet meer,? ik kan niet meer\b",
        r"\bik spring (?:\w+ ){0,2}(?:van|voor) (?:de|het|een) (?:brug|dak|flat|trein|balkon)\b",
        r"\bik heb (?:een |mijn |de )?(?:afscheidsbrief|afscheidsbrieven|brieven voor mijn kinderen|brief voor mijn kinderen) geschreven\b|\bsuicide note\b",
        r"\bbeter af zonder (?:een moeder|een vader|een vrouw|een man|iemand) (?:zoals|als) ik\b",
        r"\bik heb (?:de |geen )?(?:kracht|energie|zin) (?:niet )?meer (?:om (?:te leven|verder te leven|door te gaan met leven)|in het leven)\b",
        _unless(r"\bverdwijnen (?:voor|uit (?:de groep|deze groep|zijn leven|haar leven|de stad)|van social|een paar|een tijdje|even)", r"\bik wil (?:gewoon |alleen maar |voor altijd )?verdwijnen\b|\bvoor altijd verdwijnen\b"),
        _unless(_NL_PAST, r"\bik (?:ga|wil|zal|denk erover|denk eraan|overweeg|ben van plan|ga echt|sta op het punt)\b(?:[ ,]+\w+){0,3}?[ ,]+(?:mezelf (?:van kant (?:maken|te maken)|ombrengen|om te brengen|doden|te doden|ophangen|op te hangen|iets aandoen|iets aan te doen|wat aandoen|van het leven beroven)|zelfmoord (?:plegen|te plegen)|een eind(?:e)? aan mijn leven (?:maken|te maken)|voor de trein (?:springen|te springen)|voor een trein (?:springen|te springen)|van (?:het dak|de brug|een flat) (?:springen|te springen)|al mijn pillen (?:innemen|in te nemen|slikken|te slikken))\b"),
        _unless(r"\b(?:relatie|huwelijk|met hem|met haar|scheiding|advocaat)\b", r"\b(?:vannacht|vanavond|morgen|vandaag|dan|straks|binnenkort|nu) (?:maak|pleeg) ik (?:er )?(?:een eind(?:e)? aan|zelfmoord)\b|\b(?:vannacht|vanavond|morgen|vandaag|dan|straks) maak ik mezelf van kant\b"),
        r"\bik (?:maak|pleeg|doe) (?:er )?(?:een eind(?:e)? aan|zelfmoord|mezelf iets aan|mezelf wat aan)\b(?! (?:met hem|met haar|aan de relatie|aan ons huwelijk|aan deze relatie))|\bik maak mezelf van kant\b|\bik breng mezelf om\b",
        _unless(r"\b(?:relatie|huwelijk|met hem|met haar|scheiding|advocaat|samenwonen|verloving)\b", r"\bik wil er (?:een )?eind(?:e)? aan maken\b|\b(?:een eind(?:e)? maken aan|er een eind(?:e)? aan maken,? aan) (?:alles|mijn leven|het leven)\b"),
        _unless(_NL_PAST, r"\bik (?:heb|krijg) (?:weer |steeds |vaak |de laatste tijd |opnieuw )*(?:zelfmoordgedachten|suicidale gedachten|doodsgedachten|gedachten aan zelfmoord)\b|\bik denk (?:vaak |steeds |weer |elke dag )?aan zelfmoord\b"),
        _unless(r"\b(?:relatie|huwelijk|met hem|met haar|scheiding|advocaat|contract|baan)\b", r"\bik wil (?:gewoon |echt )?(?:alles|het allemaal) (?:beeindigen|stoppen)\b|\been eind(?:e)? maken aan alles\b"),
        r"\b(?:iedereen|ze|zij|mijn kinderen|mijn familie|jullie|de wereld|allemaal|mijn man|mijn vrouw)\b(?: \w+){0,3} (?:beter af|gelukkiger|beter) zonder mij\b|\bbeter af zonder mij\b",
        r"\bzonder mij (?:zijn|zou|zouden|is|waren|zou het) (?:ze|iedereen|jullie|ze allemaal|het)(?: \w+)? (?:beter af|gelukkiger|beter)\b",
        r"\bniemand (?:zou|zal) me missen (?:als ik|wanneer ik)\b|\bniemand zou het merken als ik (?:er niet meer was|dood ging|doodging|verdween)\b",
        r"(?<!geen )\bik ben (?:alleen maar |gewoon |echt |alleen |maar |voor iedereen |iedereen |toch )*(?:een last|tot last|een blok aan het been|een belasting)\b|\bik (?:val|ben) iedereen (?:alleen maar )?tot last\b",
        _unless(r"medicijndoos|pillendoos|recept|apotheek|dosering|huisarts", r"\b(?:pillen|medicijnen|slaappillen|tabletten|mesjes|scheermesjes|touw|strop)\b[^.]{0,40}\b(?:liggen klaar|ligt klaar|klaargelegd|klaar liggen|klaarliggen|gespaard|verzameld|opgespaard|naast me|voor me|in mijn hand|klaar)\b"),
        r"\bik heb (?:al )?(?:\w+ )?(?:pillen|medicijnen|slaappillen|tabletten|scheermesjes) (?:gespaard|verzameld|opgespaard|gehamsterd|verstopt)\b|\bik heb (?:een )?(?:touw|strop) gekocht\b(?! (?:voor|om))",
        _both(r"\balles (?:ligt|is|staat) (?:al )?klaar\b|\bik heb alles (?:voorbereid|geregeld|gepland|klaargelegd)\b|\bik weet hoe ik het ga doen\b",
              r"\b(?:afscheid|brief|vergeef|sorry|pillen|touw|vannacht|vanavond|voor altijd|mijn kinderen|laatste bericht|dood|sterven|vaarwel)\b"),
        _both(r"\b(?:vaarwel|afscheid|vergeef me|het spijt me|sorry voor alles|niet meer (?:hier|er)|laatste bericht|laatste keer|hou van jullie allemaal)\b",
              r"\b(?:zorg|zorgen|let|pas) (?:goed |alsjeblieft )?(?:voor|op) mijn kinderen\b"),
        r"\bdit is (?:mijn|een) (?:afscheid|afscheidsbrief|laatste bericht)\b(?! (?:aan de groep|uit de groep|voor een tijdje|voorlopig))|\bvaarwel (?:allemaal|iedereen|voor altijd)\b",
        r"\bals jullie dit lezen,? (?:ben ik|leef ik) (?:er )?(?:al )?(?:niet meer|dood)\b",
        _both(r"\bik kan (?:echt |gewoon )?niet meer\b(?! (?:slapen|eten|lachen|werken|met|zo))|\bik trek het niet meer\b|\bik hou het niet meer vol\b|\bik ben op\b", _NL_CUE_DEATH),
        _unless(_NL_PAST, r"\bik (?:snij|kras) mezelf\b|\bik heb mezelf (?:weer |gisteren |vannacht |opnieuw |vandaag )*(?:gesneden|gekrast|verwond|pijn gedaan)\b(?! (?:bij|met) het koken)"),
        r"\bik (?:wil|moet|ga) mezelf (?:weer )?(?:snijden|krassen|pijn doen|verwonden|beschadigen)\b",
        r"\b(?:zegt|zei|dreigt|dreigde|roept|riep|schreeuwt|schreeuwde|zweert|gezegd|gedreigd|blijft zeggen)\b[^.!?]{0,40}\b(?:me (?:gaat )?vermoorden|mij (?:gaat )?vermoorden|me te vermoorden|mij te vermoorden|me dood(?:maakt|te maken|maken|steekt)|me af te maken|me afmaakt|me iets aan(?:doet| te doen))\b",
        _both(r"\b(?:hij|zij|ze) staat (?:voor|aan|bij) (?:de|mijn) (?:deur|voordeur|raam)\b|\b(?:hij|zij|ze) staat (?:beneden|buiten) voor het huis\b",
              r"\b(?:bang|help|hulp|politie|112|mes|wapen|pistool|dreigt|bonkt|beukt|trapt|schreeuwt|dronken|binnen|verstopt|vermoorden)\b"),
        r"\b(?:hij|zij|ze) (?:bonkt|beukt|ramt|trapt|slaat|bonst) (?:op|tegen) (?:de|mijn) (?:deur|voordeur|raam)\b|\b(?:hij|zij|ze) probeert (?:de deur )?(?:in te trappen|open te breken|binnen te komen)\b",
        r"\b(?:hij|zij|ze) heeft me (?:in (?:de|het|mijn) \w+ )?opgesloten\b|\bik zit (?:in (?:de|het|mijn) \w+ )?opgesloten\b|\b(?:hij|zij|ze) laat me (?:het huis )?niet (?:naar )?buiten\b",
        r"\bik heb me (?:in de|op de|in het|in mijn) (?:badkamer|wc|slaapkamer|kast|auto) (?:opgesloten|verstopt)\b|\bik zit verstopt in (?:de|het) (?:badkamer|wc|slaapkamer|kast)\b",
        _both(r"\b(?:hij|zij|ze) heeft (?:een|zijn|haar) (?:mes|wapen|pistool|geweer|bijl)\b",
              r"\b(?:bang|help|hulp|politie|dreigt|verstopt|opgesloten|vermoorden|hier|thuis|schreeuwt|dronken)\b"),
    ],
    violence=[
        r"\bik vermoord (?:hem|haar|die|dat|ze|jou|je|hen|dat wijf|die vent|die gast|die trut|die slet|die klootzak)\b",
        r"\b(?:dat|zweer dat|dan) ik (?:hem|haar|ze|die \w+|dat wijf) (?:vermoord|afmaak|doodsla|dood sla|neersteek|neerschiet|in elkaar sla|verrot sla)\b|\b(?:dan )?vermoord ik (?:hem|haar|ze|die \w+|dat wijf)\b",
        r"\b(?:hem|haar|die \w+|dat wijf) (?:sla|trap|ram|maak|schiet|steek|timmer) ik (?:\w+ )?(?:in elkaar|dood|verrot|af|neer|kapot|lens|bont en blauw)\b",
        r"\b(?:en |dan )(?:sla|trap|ram|steek|schiet|timmer) (?:ik )?(?:hem|haar) (?:\w+ )?(?:verrot|in elkaar|dood|neer|lens|kapot|bont en blauw)\b",
        r"\bik (?:ga|zal|wil) (?:hem|haar|die \w+|dat wijf|ze|jou|je|hen)(?: \w+){0,2} (?:vermoorden|afmaken|doodmaken|doodslaan|neerschieten|neersteken|in elkaar slaan|in elkaar trappen|in elkaar rammen|verrot slaan|lens slaan|bont en blauw slaan|kapot slaan|kapotslaan|te grazen nemen|wurgen|iets aandoen|wat aandoen|pijn doen|abstechen|afslachten)\b(?! (?:met de waarheid|via de rechter|financieel))",
        r"\bik (?:maak|sla|schiet|steek|trap|ram|timmer|mep) (?:hem|haar|die \w+|dat wijf|ze|jou|je|hen) (?:\w+ ){0,2}?(?:af|dood|neer|overhoop|in elkaar|verrot|lens|kapot|bont en blauw|het ziekenhuis in|invalide)\b(?! (?:in de rechtszaal|bij de rechter|met argumenten))",
        r"\bik (?:sla|trap|ram|timmer|beuk|schop|mep) (?:zijn|haar|je|jouw|die z'n|die haar) (?:kop|hoofd|gezicht|smoel|bek|tanden|schedel|harses|muil) in\b",
        r"\b(?:zijn|haar|je|jouw) (?:kop|hoofd|gezicht|smoel|bek|schedel|benen|neus|tanden|kaak|nek|botten) (?:in ?slaan|inslaan|intrappen|inrammen|breken|kapotslaan|kapot slaan|eruit slaan|eruitslaan)\b",
        r"\bik (?:breek|sla) (?:zijn|haar|je|jouw) (?:benen|armen|neus|kaak|nek|botten|tanden|kop|hoofd|gezicht|smoel|bek)\b(?: (?:in|kapot|stuk|eruit))?",
        r"\b(?:hij|zij|ze|die|dat wijf|die vent|die trut) (?:gaat|zal|moet) (?:ervoor |hiervoor |daarvoor )?(?:boeten|bloeden)\b|\b(?:hij|zij|ze) (?:gaat|zal) (?:ervoor |hiervoor |daarvoor )(?:betalen|boeten)\b|\bdat zal (?:hij|ze|zij) (?:me )?(?:bezuren|berouwen|betalen)\b",
        r"\b(?:gaat|zal|gaan|zullen) het (?:nog )?(?:bezuren|berouwen)\b",
        r"\bdat (?:gaat|zal) (?:hem|haar) (?:duur|zuur) (?:komen te staan|opbreken)\b|\bik laat (?:hem|haar|ze) (?:ervoor )?boeten\b|\bik laat (?:hem|haar|ze) (?:ervoor|duur) betalen\b",
        _both(r"\bik weet waar (?:hij|zij|ze|die vent|dat wijf) (?:woont|werkt|parkeert|slaapt|sport|uithangt)\b",
              r"\b(?:ga|kom|wacht|opzoeken|langs|boeten|spijt|zien|bezoekje|verrassing|uitkijken|oppassen|opwachten|staan)\b"),
        r"\bik (?:zorg|ga zorgen|zal zorgen) (?:er ?voor )?dat (?:hij|zij|ze) (?:er )?spijt (?:van )?(?:krijgt|gaat krijgen|heeft)\b|\bik (?:zal|ga) (?:hem|haar|ze) (?:\w+ )?spijt laten krijgen\b|\b(?:hij|zij|ze) (?:zal|gaat) wensen dat (?:hij|ze|zij) nooit geboren (?:was|is)\b",
        r"\b(?:dit keer|deze keer|nu|dit maal) blijft het niet (?:alleen )?bij (?:woorden|dreigementen|praten)\b|\bhet blijft (?:dit keer |deze keer |nu )?niet (?:alleen )?bij woorden\b",
        _both(r"\bik (?:sta|ga|zal) (?:hem|haar|ze) (?:\w+ ){0,3}?(?:op te wachten|opwachten)\b|\bik wacht (?:hem|haar|ze) op\b",
              r"\b(?:met een|met mijn|en dan|pas maar op|zal hij|zal ze|gaat hij|gaat ze|knuppel|mes|honkbalknuppel|bij zijn huis|voor zijn deur|als hij thuiskomt|als ze thuiskomt|bij haar huis|voor haar deur|in het donker)\b"),
        r"\bik ga (?:naar hem|naar haar|bij hem langs|bij haar langs) met (?:een|mijn) (?:mes|knuppel|honkbalknuppel|wapen|bijl)\b",
    ],
    harassment=[
        r"(?<!dat )(?<!denken dat )\b(?:je|jij) bent " + _NL_INT + _NL_INSULT + r"\b",
        r"\bwat ben (?:jij|je) (?:toch |ook |eigenlijk |echt )*(?:zielig|dom|stom|achterlijk|walgelijk|nep|fake|een loser|een sukkel|een grap|een aansteller|een aanstelster|een zeur|hypocriet|debiel|triest|sneu|belachelijk|patetisch|een trut|een hoer|een slet)\b",
        r"\b(?:je|jij) (?:maakt|maken) me (?:misselijk|ziek|kotsmisselijk)\b|\bik walg van (?:je|jou)\b|\bik kots op (?:je|jou)\b",
        r"\bgeen wonder,? dat\b[^.]{0,40}\b(?:je|jou)\b[^.]{0,20}\b(?:verlaten|verliet|bedrogen|bedroog|gedumpt|dumpte|ingeruild|laten zitten|liet zitten|in de steek|weg is|weggegaan|vreemdgaat|vreemdging|vreemd ging|vreemdgegaan|vreemd is gegaan)\b",
        r"\bgeen wonder,? dat (?:je man|je vrouw|je vriend|je vriendin|hij|zij|ze) (?:vreemdging|vreemdgaat|vreemd ging|vreemd gaat|weg is|wegging|bij je weg|een ander heeft)\b",
        r"(?<!niet )(?<!niet je )\b(?:je|jouw) eigen schuld\b|(?<!niet )\b(?:het is|dat is|het was|was het) (?:allemaal |gewoon |helemaal )?(?:jouw|je) (?:eigen )?schuld\b|\beigen schuld,? dikke bult\b|(?:^|[.!?]\s*)eigen schuld\b",
        r"\bje (?:hebt|heb) (?:er )?(?:zelf )?om gevraagd\b|\bje hebt het (?:zelf )?gezocht\b|\bje vroeg erom\b|\bnet goed (?:voor )?(?:je|jou)\b",
        _unless(_NL_SAID, r"\bschaam je\b(?! niet| nergens| er niet)|\bje zou je (?:moeten )?schamen\b|\bheb je geen schaamte\b|\bwat een schande ben (?:jij|je)\b"),
        r"(?<!dat )(?<!denkt dat )(?<!voelt alsof )\bniemand (?:hier )?(?:mag|moet|wil|zit te wachten op|zit op) (?:je|jou)\b(?! niet| te helpen)|\bniemand (?:hier )?vindt (?:je|jou) (?:leuk|aardig)\b|\bniemand (?:vroeg|heeft gevraagd) (?:om )?(?:jouw|je) mening\b|\bniemand heeft je iets gevraagd\b",
        _unless(_NL_SAID, r"\b(?:rot op|rot toch op|oprotten|flikker op|donder op|sodemieter op|ga weg uit (?:deze|de) groep|wegwezen uit de groep)\b|\bkrijg (?:de |toch de |nou de )?(?:kanker|tering|tyfus|pleuris|klere|pest)\b"),
        _unless(_NL_SAID + "|" + LAUGH, r"\b(?:hou|houd) (?:je|jij|nou je|toch je|gewoon je|eens je|jouw|effe je|even je) (?:bek|kop|mond|waffel|smoel|snater|klep|muil)\b|\b(?:kop|bek|muil) dicht\b|(?:^|[.!,]\s*)(?:je )?(?:kop|bek|muil|smoel) houden\b"),
        r"\bjij (?:vuile |vieze |domme |stomme |kut|kanker|smerige |achterlijke |zielige |gore |lelijke |dikke |vuile )*(?:hoer|slet|trut|teef|kutwijf|kankerhoer|kankerwijf|kankerlijer|mongool|flikker|idioot|debiel|sukkel|loser|eikel|lul|klootzak|aansteller|aanstelster|zeikerd|huilebalk|mislukkeling|leugenaar|leugenaarster|del|sloerie)\b",
        r"\bstop (?:eens |nou |toch )?met (?:zeuren|janken|je aanstellen|slachtoffer spelen|de slachtofferrol|zielig doen|piepen|jammeren)\b",
        r"@\w+,? (?:je bent |jij bent )?" + _NL_INT + r"(?:zielig|sneu|triest|dom|stom|achterlijk|debiel|nep|fake|loser|sukkel|hoer|slet|trut|idioot|aansteller|aanstelster|zeur|leugenaar|leugenaarster|walgelijk|mislukkeling)\b",
        r"\b(?:kankermarokkanen|kutmarokkanen|kankerturken|kutturken|kankerjoden|nikkers?|flikkers|vuile (?:marokkanen|turken|joden|negers|flikkers|homo's)|kankerpolen|kutpolen|zwartjes)\b",
        r"\b(?:alle )?(?:marokkanen|turken|joden|moslims|homo's|homos|vluchtelingen|polen|zwarten) zijn (?:allemaal )?(?:beesten|dieren|ratten|tuig|uitschot|parasieten|criminelen|ziek)\b",
        r"\bje bent (?:helemaal )?niks waard\b|\bje bent waardeloos\b|(?<!dat )\bniemand mist je\b",
    ],
    pos_crisis=[
        "ik wil dood, ik kan dit niet meer aan",
        "ik wil niet meer leven, alles is zwart",
        "vannacht maak ik er een eind aan, ik heb besloten",
        "iedereen is beter af zonder mij, vooral mijn kinderen",
        "ik ben alleen maar een last voor mijn familie",
        "de pillen liggen klaar naast mijn bed",
        "dit is mijn afscheid. zorg alsjeblieft voor mijn kinderen",
        "ik kan niet meer, ik wil gewoon voor altijd verdwijnen",
        "hij zegt dat hij me gaat vermoorden en nu bonkt hij op de deur",
        "hij heeft me in de slaapkamer opgesloten en mijn telefoon afgepakt",
        "ik denk erover om zelfmoord te plegen",
        "ik heb mezelf gisteren weer gesneden",
        "ik heb weer zelfmoordgedachten, elke avond",
        "alles ligt klaar, de brief voor mijn kinderen ligt op tafel",
        "als jullie dit lezen ben ik er niet meer",
    ],
    pos_violence=[
        "als ik hem nog een keer met haar zie, vermoord ik hem. ik vermoord hem echt",
        "ik sla zijn kop in zodra hij naar buiten komt",
        "ik ga dat wijf in elkaar slaan",
        "dat zal hij bezuren",
        "ik weet waar ze woont en ik ga morgen langs",
        "ik zorg ervoor dat ze er spijt van krijgt",
        "dit keer blijft het niet bij woorden",
        "ik sta hem morgen op te wachten met een knuppel",
        "ik ga hem vermoorden, gevangenis kan me niks schelen",
        "ik breek zijn benen als hij aan mijn kinderen komt",
        "hij gaat ervoor boeten",
        "ik steek die klootzak neer",
    ],
    pos_harassment=[
        "@sanne je bent zo zielig, al maanden hetzelfde gejank",
        "je bent een loser, accepteer het gewoon",
        "geen wonder dat hij je verlaten heeft, je bent onuitstaanbaar",
        "het is je eigen schuld dat hij vreemdging",
        "schaam je, zoiets hier te posten",
        "niemand hier mag je, rot op",
        "hou je bek, niemand heeft je iets gevraagd",
        "je bent nep, alles wat je vertelt is verzonnen",
        "je maakt me misselijk met je gezeur",
        "je hebt er zelf om gevraagd",
        "stop met je aanstellen, jij zielige trut",
        "wat ben jij een grap",
    ],
    negative=[
        "hij is zo zielig, ik snap niet wat ik in hem zag",
        "mijn man is een leugenaar en een lafaard",
        "ik lach me dood om die meme",
        "ik ga dood van de honger, tijd voor eten",
        "dit werk maakt me kapot, twaalf uur vandaag",
        "twee jaar geleden wilde ik dood, nu studeer ik weer",
        "je bent geen last, dank je dat je dit deelt",
        "het is niet jouw schuld dat hij vreemdging, het was zijn keuze",
        "ik wil niet meer leven met hem, ik vraag de scheiding aan",
        "ik kan zo niet meer verder met hem",
        "schaam je niet, we hebben het allemaal meegemaakt",
        "hij staat voor de deur om de kinderen op te halen, alles rustig",
        "hij moet alimentatie betalen van de rechter",
        "je bent niet zielig, je bent verdrietig en dat mag",
        "ik heb mezelf gesneden bij het koken, niks ergs",
        "wat zielig voor je, sterkte meid",
    ],
)

# ==========================================================================
# ro - Romanian
# ==========================================================================
_RO_PAST = r"\bacum (?:\w+ )?(?:ani|an|luni|luna)\b(?! ca)|\b(?:pe vremuri|candva|in trecut|in adolescenta|cand eram mic[a]?)\b"
_RO_SAID = r"\b(?:mi-a|i-a|ne-a) (?:zis|spus|strigat|scris)\b|\b(?:zice|spune|striga|urla)\b"
_RO_INT = r"(?:(?:o|un|atat de|asa de|foarte|chiar|doar|numai|cea mai|cel mai|mai|complet|total|absolut|de-a dreptul|pur si simplu|tare|o mare|un mare|o biata|un biet|o amarata|un amarat|asa|atat|si|tot|inca|mereu|cam|niste|exact|fix|o adevarata|un adevarat|cea mai mare|cel mai mare) )*"
_RO_INSULT = (r"(?:jalnic[a]?|penibil[a]?|patetic[a]?|ratat[a]?|ratata|gluma|bataie de joc|farsa|clovn|clovnita|fals[a]?|prefacut[a]?|ipocrit[a]?|prost|proasta|idiot|idioata|tampit[a]?|"
              r"retardat[a]?|dezgustator|dezgustatoare|scarbos|scarboasa|rusine|nimeni|nulitate|curva|tarfa|parasuta|vaca|scroafa|poponar|lesinat[a]?|bou|mincinos|mincinoasa|"
              r"plangacioasa|plangacios|isterica|nebuna|nesimtit[a]?|neispravit[a]?|jeg|jegoasa|jegos|handicapat[a]?|cretin[a]?|dobitoc|dobitoaca|imbecil[a]?|inutil[a]?|"
              r"de nimic|o nimica|nimica|urata|grasa|hidoasa|proasta satului|incornorat[a]?|fraier[a]?|fraiera|sifonata|stricata|panarama|ordinara|mitocanca|mitocan)")
_RO_CUE_DEATH = (r"\b(?:sa mor|moarte|mort[a]?|sa ma omor|sinucid\w*|sa dispar|imi iau viata|sa-mi iau viata|sa pun capat|pastile|lame|franghie|adio|"
                 r"mai bine fara mine|povara|nu mai vreau sa traiesc|sa-mi iau viata|sa nu ma mai trezesc)\b")

_lang(
    "ro",
    crisis=[
        _unless(LAUGH + "|" + _RO_PAST, r"\b(?:vreau|as vrea|imi doresc|mi-as dori|as vrea doar|vreau doar|vreau pur si simplu|imi vine|vreau atat de mult) (?:doar |pur si simplu |sincer |atat de mult |cu adevarat |acum |sa |si eu )*(?:sa mor|moartea|sa fiu moart[a]?|sa nu mai traiesc|sa nu ma mai trezesc|sa nu mai exist|sa nu mai fiu)\b(?! de (?:ras|rusine|foame|plictiseala|dor|ciuda|somn|frig|cald)| (?:aici|in grup|in grupul))"),
        r"\bnu mai vreau sa (?:traiesc|exist|fiu in viata|fiu pe lumea asta|ma trezesc)\b(?! (?:asa|cu el|cu ea|in |alaturi|langa|intr-o|o viata|sub|cu minciuni|impreuna))",
        r"\bnu mai am (?:pentru ce|de ce|pentru cine|niciun motiv sa|nici un motiv sa|niciun rost sa) (?:sa )?(?:traiesc|trai|mai traiesc)\b|\bviata mea nu mai are (?:niciun )?(?:rost|sens)\b(?! fara)",
        r"\bsa adorm si sa nu ma mai trezesc\b|\bsper sa nu ma mai trezesc\b",
        r"\bma gandesc (?:doar|numai|tot timpul|mereu|non-stop|zi si noapte|constant) (?:la moarte|la sinucidere|sa mor|cum sa mor|sa ma omor)\b",
        r"\b(?:ar fi|o sa fie) (?:\w+ )?mai bine (?:pentru toti|pentru toata lumea|pentru copii|pentru ei|tuturor)? ?(?:daca|dac-as) (?:n-as mai fi|nu as mai fi|as muri|as disparea|n-as exista|nu as exista|m-as omori)\b",
        _unless(_RO_PAST, r"\bam (?:luat|inghitit|baut) (?:toate|o cutie de|toata cutia de|o gramada de|toate pastilele|toate medicamentele) ?(?:pastilele|pastile|medicamentele|somniferele|calmantele)?\b"),
        r"\bam cumparat (?:azi |astazi |deja )?(?:lame|o lama|o franghie|franghie)\b",
        r"\bam scris (?:deja )?(?:scrisoarea|scrisorile|o scrisoare|scrisori|biletul) (?:de adio|de ramas bun|pentru copiii mei|pentru copii)\b|\bsuicide note\b",
        r"\bmai bine fara (?:o mama|un tata|o sotie|un sot|o persoana|cineva) ca mine\b",
        r"\bnu mai am (?:putere|puterea|forta|chef|motiv) sa (?:traiesc|mai traiesc|merg mai departe cu viata)\b",
        _unless(r"\bsa dispar (?:din grup|de aici|din oras|cateva|cateva zile|o perioada|de pe|din viata lui|din viata ei|o vreme)", r"\b(?:vreau|as vrea|vreau doar) sa dispar\b|\bsa dispar pentru totdeauna\b|\bsa dispar de pe fata pamantului\b"),
        _unless(_RO_PAST, r"\b(?:ma omor|ma sinucid|ma spanzur|ma arunc (?:in fata|de pe|de la|sub)|imi iau viata|imi pun capat zilelor|imi tai venele|ma otravesc|o sa ma omor|am sa ma omor|ma voi omori|ma voi sinucide)\b(?! (?:de (?:ras|munca|nervi|plictiseala|dor)|dupa|cu munca|muncind|invatand|cu treaba|pentru voi))"),
        _unless(_RO_PAST, r"\bsa (?:ma omor|ma sinucid|ma spanzur|ma arunc (?:in fata|de pe|de la|sub)|imi iau viata|-mi iau viata|imi pun capat zilelor|-mi pun capat zilelor|imi tai venele|-mi tai venele|ma otravesc|iau toate pastilele)\b(?! (?:de (?:ras|munca|nervi)|dupa|cu munca|muncind))|\bsa-mi (?:iau viata|pun capat zilelor|tai venele)\b"),
        _unless(_RO_PAST, r"\b(?:ma gandesc|m-am gandit|ma tot gandesc) (?:serios )?(?:la sinucidere|sa ma sinucid|sa ma omor|sa-mi iau viata|la moarte)\b|\bam (?:iar |din nou |mereu )?ganduri (?:sinucigase|de sinucidere|de moarte|negre)\b"),
        _unless(r"\b(?:divort|relati|casnici|casatori|avocat|cu el|cu ea)\w*", r"\b(?:vreau|o sa|am sa|trebuie) sa (?:pun capat|termin|inchei) (?:la )?(?:tot|totul|tuturor|cu tot|cu totul)\b(?! (?:ce|de|cu el|cu ea))|\bsa pun capat (?:vietii mele|zilelor mele|suferintei mele)\b"),
        r"\b(?:toti|toata lumea|copiii mei|familia mea|voi|lumea|ei|toti ceilalti|sotul meu|sotia mea)\b(?: \w+){0,3} (?:ar fi|ar trai|ar sta|o sa fie|vor fi|ar fi cu totul) (?:\w+ )?mai (?:bine|fericiti|fericit[ae]?) fara mine\b",
        r"\bar fi (?:\w+ )?mai bine fara mine\b|\blumea ar fi mai buna fara mine\b|\bmai bine fara mine\b(?= *(?:[.,!]|$|pe lume|pe pamant|oricum))",
        r"\bnimeni nu (?:ar observa|ar plange|m-ar plange|ar simti lipsa mea) daca (?:as muri|as disparea|n-as mai fi)\b",
        r"(?<!nu )\bsunt (?:doar |numai |o |un |pentru toti |pentru toata lumea |pentru familia mea |pentru copii |tuturor )*(?:o povara|o pacoste|un balast|o greutate pentru toti|o povara pentru toti)\b",
        _unless(r"reteta|farmacie|cutiuta|tratament|doza", r"\b(?:pastilele|pastile|medicamentele|lamele|lama|franghia|o franghie|streangul|otrava)\b[^.]{0,40}\b(?:pregatit[ae]?|gata|adunate|stranse|strans[ae]?|langa mine|in fata mea|in mana|ascuns[ae]?|numarate)\b"),
        r"\bam (?:strans|adunat|pus deoparte|ascuns|cumparat) (?:\w+ )?(?:pastile|medicamente|somnifere|lame|o franghie|franghie)\b(?! (?:de|pentru) (?:raceala|durere|tensiune|rufe))",
        _both(r"\b(?:totul|tot) e (?:pregatit|gata|planuit|hotarat)\b|\bam (?:pregatit|planuit|hotarat) (?:deja )?tot(?:ul)?\b|\bstiu cum o sa (?:o )?fac\b",
              r"\b(?:adio|scrisoare|bilet|iertati|sa mor|pastile|franghie|ultima oara|ultimul mesaj|la noapte|diseara|pentru totdeauna|copiii mei)\b"),
        _both(r"\b(?:adio|iertati-ma|iertati ma|iertare|nu voi mai fi|n-o sa mai fiu|ultima oara|ultimul mesaj|va iubesc pe toti)\b",
              r"\b(?:aveti|avea|sa aveti) grija de (?:copiii|copilul|fetele|baietii|copilasii) mei\b|\bavea grija de copii\b"),
        r"\b(?:acesta|asta|aceasta) e(?:ste)? (?:un |ultimul |mesajul meu de )?(?:adio|ramas bun)\b(?! (?:grupului|de la grup|temporar|pentru o vreme))|\bva spun adio (?:tuturor|pentru totdeauna)\b|\badio pentru totdeauna\b",
        r"\bcand (?:veti citi|cititi|o sa cititi) (?:asta|acest mesaj|mesajul asta),? (?:eu )?(?:nu (?:voi mai fi|o sa mai fiu|mai sunt)|voi fi moart[a]?)\b",
        _both(r"\bnu mai pot\b(?! (?:dormi|manca|sa dorm|sa mananc|cu el|asa))|\bnu mai rezist\b|\bnu mai suport\b|\bam obosit sa traiesc\b", _RO_CUE_DEATH),
        _unless(_RO_PAST, r"\bm-am taiat (?:iar|din nou|pe maini|pe brate|la incheieturi|aseara|azi)\b|\bma tai (?:iar|din nou|pe maini|pe brate|la incheieturi)\b|\bam inceput iar sa ma tai\b"),
        r"\b(?:vreau|am nevoie|simt nevoia) sa (?:ma tai|ma ranesc|imi fac rau|-mi fac rau|ma ard)\b|\bvreau sa-mi fac rau\b",
        r"\b(?:zice|a zis|spune|a spus|ameninta|m-a amenintat|ma ameninta|striga|urla|jura|a jurat)\b[^.!?]{0,40}\b(?:ma omoara|o sa ma omoare|ma omoare|sa ma omoare|ma taie|ma injunghie|ma ucide|ma impusca)\b",
        _both(r"\be (?:la|in fata) (?:usa|usii|usa mea|casei|blocului|geamului)\b|\bsta (?:la|in fata) usa\b",
              r"\b(?:frica|mi-e frica|ajutor|politia|politie|112|cutit|pistol|arma|ameninta|bate|loveste|striga|urla|beat|intre|ascuns[a]?|omoare)\b"),
        r"\b(?:bate|loveste|izbeste|da cu piciorul|sparge) (?:in|la) (?:usa|geam)\b(?=.*\b(?:frica|ajutor|politi\w*|omoare|cutit|beat)\b)|\bincearca sa sparga usa\b|\bvrea sa sparga usa\b",
        r"\bm-a (?:incuiat|inchis|sechestrat)\b|\bma tine (?:incuiat[a]?|inchis[a]?|sechestrat[a]?)\b|\bsunt (?:incuiat[a]?|inchis[a]?) (?:in casa|in camera|in baie)\b(?=.*\b(?:el|ea|frica|ajutor)\b)|\bnu ma lasa sa ies din casa\b",
        r"\bm-am ascuns (?:in baie|in dulap|in camera|sub pat)\b",
        _both(r"\bare (?:un|o) (?:cutit|pistol|arma|topor|satar)\b",
              r"\b(?:frica|ajutor|politi\w*|ameninta|ascuns[a]?|incuiat[a]?|omoare|aici|acasa|striga|beat)\b"),
    ],
    violence=[
        _unless(r"\b(?:mi-a|i-a|ne-a) (?:zis|spus|strigat|scris)\b",
                r"(?<!imi vine )(?<!imi vine sa)(?<!mi-ar veni sa)(?<!imi venea sa)(?<!imi venea )(?:\b(?:il|o|ii|te|va) |-l |-o |s-o |sa-l )(?:omor|ucid|omoram|injunghii|impusc|sugrum|strang de gat|strangulez|fac bucati|fac praf|fac zob|fac mar|bat mar|bat de moarte|omor in bataie|rup in bataie|snopesc in bataie|iau la bataie|iau la palme|iau la pumni|iau la sut|snopesc|caftesc|altoiesc|burdusesc|carpesc|umplu de sange|calc cu masina)\b(?! (?:in instanta|la tribunal|cu vorba|cu dragoste|in brate|de ras))"),
        r"\b(?:vreau|o sa|am sa|ma duc sa|merg sa|jur ca|jur ca o sa) (?:il|o) (?:omor|ucid|injunghii|impusc|sugrum|bat)\b",
        r"(?:\bii |\bi |-i )(?:sparg|rup|zdrobesc|sucesc|crap|turtesc|umflu|pocesc|strivesc|scot|rupem|spargem) (?:fata|capul|gura|dintii|picioarele|oasele|nasul|maxilarul|gatul|coastele|mainile|ochii|falca|moaca|mutra|botul|creierii|capatana)\b",
        r"(?:\bii |-i )(?:dau|ard|trag|altoiesc|carpesc) (?:o bataie|bataie|o mama de bataie|niste palme|o palma|palme|doua palme|un pumn|pumni|niste pumni|una|cateva|un cutit|cu cutitul|cu bata|cu parul|cu ranga|un glont|un sut)\b",
        r"\b(?:o sa|are sa|va|o s-o) (?:mi-o )?plateasca\b(?! (?:pensia|chiria|datoria|datoriile|rata|ratele|facturile|facturi|intretinerea|alocatia|pensie|pentru copii|partea|jumatate|cheltuielile|avocatul))|\bmi-o (?:plateste|platesti|va plati|plateasca)\b|\b(?:va|o sa) plati scump\b|\bplateste scump\b",
        _both(r"\bstiu (?:unde|la ce ora) (?:sta|locuieste|lucreaza|parcheaza|doarme|iese)\b",
              r"\b(?:ma duc|merg|o sa|vin|astept|plateasca|regrete|vizita|surpriza|vede|grija|pazeasca|prind|gasesc)\b"),
        r"(?:\b(?:il|o|ii) |-l |-o )fac sa (?:regrete|se caiasca|plateasca)\b|\b(?:o sa|va) regrete ca s-a nascut\b|\bregreta ca s-a nascut\b|\bo sa-i para rau ca s-a nascut\b",
        r"\b(?:de data asta|acum|de data aceasta) nu (?:mai )?(?:ramane|ramine|ramane doar|se opreste|va ramane|o sa ramana|se mai opreste) (?:doar |numai )?la (?:vorbe|cuvinte|amenintari)\b|\bnu (?:mai )?ramane (?:doar |numai )?la vorbe\b|\btrec (?:de la vorbe )?la fapte\b",
        _unless(r"\bsa (?:vorbim|discutam|vorbesc|lamurim|iau copiii|ii dau)\b",
                r"(?:\b(?:il|o) |-l |-o )(?:astept|voi astepta|pandesc|pandim)\b[^.]{0,30}\b(?:la iesire|la poarta|in fata blocului|la scara|afara|in parcare|cand iese|la colt|dupa colt|acasa la el|acasa la ea|la munca|cu (?:un|o) (?:cutit|bata|rangă|ranga|par))\b"),
        r"(?:\b(?:il|o) |-l |-o )pandesc\b|\bii fac (?:felul|de petrecanie)\b|\bii vin de hac\b",
        r"\b(?:ma duc|merg|vin) (?:la el|la ea|la usa lui|la usa ei|peste el|peste ea) cu (?:un|o) (?:cutit|bata|ranga|topor|pistol|par)\b",
    ],
    harassment=[
        r"(?<!nu )(?<!sa nu crezi ca )(?<!nu crezi ca )(?<!te face sa crezi ca )(?<!a spus ca )(?<!zis ca )(?<!crede ca )\b(?:tu )?esti " + _RO_INT + _RO_INSULT + r"\b",
        r"\b(?:ma dezgusti|imi e scarba de tine|imi faci sila|imi faci greata|imi provoci greata|mi-e scarba de tine|mi-e rusine cu tine|mi-e sila de tine)\b",
        r"(?<!nu ca )\b(?:nu-i de mirare|nu e de mirare|normal|firesc|evident|bine a facut|de asta|de-aia|de aia|deaia|asta e motivul pentru care|acum inteleg de ce|ma mir ca nu|nici nu-i de mirare|si te mai miri ca) (?:ca )?(?:\w+ ){0,2}(?:te-a|te a) (?:parasit|lasat|inselat|tradat|inlocuit|schimbat|aruncat|abandonat|dat afara|pus coarne|inselat cu)\b",
        r"(?<!nu )(?<!nu-)(?<!nu-i )(?<!nu ca )\b(?:e|este|a fost|i) (?:numai |doar |toata |in intregime |complet )?vina ta\b|(?<!nu )\b(?:tu )?esti (?:singura |singurul )?de vina\b",
        r"\bti-ai facut-o (?:cu mana ta|singura|singur)\b|(?<!nu )\bai meritat-o\b|\bmeriti tot ce (?:ti se intampla|ai patit|ti s-a intamplat)\b|\basa(?:-ti| iti) trebuie\b|\bbine ti-a facut\b",
        r"(?<!nu trebuie )(?<!nu-ti )(?<!nu )\b(?:rusine sa-ti fie|rusine sa iti fie|sa-ti fie rusine|sa iti fie rusine)\b|\b(?:n-ai|nu ai) (?:pic de |nici un pic de |niciun pic de )?rusine\b|\bnu ti-e rusine\b(?! sa ceri)|\bnu iti e rusine\b(?! sa ceri)",
        r"(?<!ca )(?<!simti ca )\bnimeni (?:de aici |din grup |din grupul asta |aici )?nu te (?:place|suporta|vrea|baga in seama|plac|intreaba|a intrebat|iubeste)\b|\bnu te-a intrebat nimeni\b|\bnimeni nu ti-a cerut parerea\b",
        _unless(_RO_SAID, r"\b(?:pleaca din grup|iesi din grup|du-te dracului|du-te naibii|du-te-n|dispari de aici|valea de aici|cara-te)\b"),
        _unless(_RO_SAID, r"(?<!de ce )(?<!perche )(?<!nu )(?<!nu mai )\b(?:taci|taceti|taci din gura|taci-ti gura|taca-ti gura|inchide gura|inchide-ti gura|ciocu mic|ciocul mic|baga-ti mintile in cap)\b(?! (?:si asculta|ca esti frumoasa))"),
        r"\b(?:prostule|proasto|idiotule|idioato|ratatule|ratato|curvo|tarfo|vaco|boule|handicapatule|handicapato|retardatule|retardato|jegule|jegoaso|mincinoaso|mincinosule|cretino|cretinule|tampito|tampitule|dobitocule|dobitoaco|imbecilule|imbecilo|parasuto|scroafo|poponarule|fraiero|fraiere|penibilo|penibilule|jalnico|jalnicule|nebuno|isterico|panaramo|nesimtito|nesimtitule)\b",
        r"\b(?:nu te mai (?:smiorcai|victimiza|plange de mila ta|vaita)|inceteaza sa te (?:victimizezi|plangi)|nu mai face pe victima|nu te mai da victima|termina cu smiorcaiala|termina cu vaicareala)\b",
        r"@\w+,? (?:esti )?" + _RO_INT + r"(?:jalnic[a]?|penibil[a]?|patetic[a]?|ratat[a]?|fals[a]?|proast[a]|prost|idiot|idioata|tampit[a]?|mincinoasa|mincinos|curva|tarfa|nesimtit[a]?|isterica|nebuna)\b",
        r"\b(?:ciori|bozgori|bozgor|homalai|poponari|jidani|jidanii|cioroi|cioara imputita|tigan imputit|tiganca imputita|tigani imputiti|crori)\b",
        r"\btoti (?:tiganii|homosexualii|gay-ii|ungurii|evreii|musulmanii|negrii|imigrantii) (?:sunt|-s) (?:niste )?(?:animale|hoti|gunoaie|paraziti|bolnavi|jeguri|sobolani)\b",
        r"(?<!ca )\bnu valorezi (?:nimic|doi bani|nici doi bani)\b|\bnu faci (?:doi bani|nici doi bani|nici cat o ceapa degerata)\b|\besti o nimeni\b",
    ],
    pos_crisis=[
        "vreau sa mor, nu mai pot cu durerea asta",
        "nu mai vreau sa traiesc, totul e negru",
        "la noapte ma omor, am hotarat",
        "toti ar fi mai bine fara mine, mai ales copiii mei",
        "sunt doar o povara pentru familia mea",
        "am pastilele pregatite langa pat",
        "asta e un adio. aveti grija de copiii mei, iertati-ma",
        "nu mai pot, vreau doar sa dispar pentru totdeauna",
        "zice ca ma omoara si acum loveste in usa, mi-e frica",
        "m-a incuiat in dormitor si mi-a luat telefonul",
        "ma gandesc serios sa-mi iau viata",
        "m-am taiat iar aseara",
        "am din nou ganduri de sinucidere",
        "totul e pregatit, scrisoarea pentru copiii mei e pe masa",
        "cand veti citi asta eu nu voi mai fi",
    ],
    pos_violence=[
        "daca il mai vad cu ea il omor, jur",
        "ii sparg fata cum iese de la munca",
        "o iau la bataie pe nenorocita aia",
        "o sa mi-o plateasca, va promit",
        "stiu unde sta amanta si maine ma duc acolo",
        "o fac sa regrete ca m-a inselat",
        "de data asta nu ramane la vorbe",
        "il astept la iesire cu o bata",
        "o sa-l omor, nu-mi pasa de puscarie",
        "ii rup picioarele daca se apropie de copii",
        "il bat mar pe nenorocit",
        "ii dau o mama de bataie de n-o sa-si revina",
    ],
    pos_harassment=[
        "@ioana esti jalnica, de luni de zile plangi pentru acelasi lucru",
        "esti o ratata, accepta",
        "nu-i de mirare ca te-a parasit, nu te suporta nimeni",
        "e vina ta ca te-a inselat, te-ai lasat",
        "rusine sa-ti fie ca scrii asa ceva aici",
        "nimeni de aici nu te place, pleaca din grup",
        "taci din gura, nu te-a intrebat nimeni",
        "esti falsa, inventezi tot",
        "ma dezgusti cu smiorcaiala ta",
        "asa-ti trebuie daca ai fost proasta",
        "nu mai face pe victima, proasto",
        "esti o gluma",
    ],
    negative=[
        "e un nenorocit, m-a mintit trei ani",
        "el e jalnic, nu stiu ce am vazut la el",
        "mor de ras cu meme-ul tau",
        "jobul asta ma omoara, douasprezece ore azi",
        "ma omor dupa ciocolata cu alune",
        "acum doi ani voiam sa mor, acum studiez din nou",
        "nu esti o povara, multumim ca ai impartasit",
        "nu e vina ta ca te-a inselat, a fost alegerea lui",
        "nu mai pot trai asa cu el, divortez",
        "nu mai vreau sa traiesc asa, cu minciuni",
        "nu trebuie sa-ti fie rusine, toate am trecut prin asta",
        "e la usa, a venit dupa copii, totul e linistit",
        "o sa plateasca pensia alimentara, a decis judecatorul",
        "nu esti proasta, ai avut incredere in el",
        "ma tai la deget cand gatesc mereu",
        "vreau sa dispar cateva zile la munte",
        "nu-i vina ta, draga, el a ales sa minta",
        "de ce taci? spune-ne ce s-a intamplat",
    ],
)

# ==========================================================================
# hi - Hinglish (Hindi/Urdu in Latin script, mixed with English)
# ==========================================================================
_HI_PAST = r"\b(?:\w+ )?(?:saal|sal|mahine|mahina|mahino|baras|years?|months?) (?:pehle|pahle|pehele|ago)\b|\b(?:pehle|pahle) (?:main |mai |me )?(?:bhi )?(?:aisa|aise) (?:sochti|sochta) thi?\b"
_HI_SAID = r"\b(?:bola|boli|bolta|bolti|kaha|kehta|kehti|keh raha|keh rahi|chillaya|chillata|chillati)\b"
_HI_HU = r"(?:hoon|hu|hun|hoo|hn|hai|h|he|hain|hu main|hoon main)"
_HI_CHAH = r"(?:chahta|chahti|chahata|chahati|chaahta|chaahti|chahte|chahtha|chahthi|chaahata|chahti hu|chahta hu)"
_HI_NAHI = r"(?:nahi|nahin|nai|nhi|ni|nahee|nahii|na)"
_HI_DUNGA = r"(?:dunga|dungi|doonga|doongi|dungaa|du|dun|duga|dugi|denge|dalunga|dalungi|daalunga|daalungi|dalu|daalu|dalenge|daalenge)"
_HI_LUNGA = r"(?:lunga|lungi|loonga|loongi|lu|lun|luga|lugi|lenge)"
_HI_INT = r"(?:(?:to|toh|ek|bilkul|ekdum|sach me|sachme|sach mein|kitna|kitni|bahut|bohot|bht|itna|itni|sabse|nira|nire|bada|badi|pura|puri|sirf|bas|ek number ka|ek number ki|number one|ekdam|sach|really|so|such a|ek dum|bahot|mahaan|mahan|hamesha|ab bhi) )*"
_HI_INSULT = (r"(?:pathetic|loser|pagal|bewakoof|bevkoof|bewkoof|buddhu|murkh|chutiya|chutiye|chutia|gadha|gadhi|ghatiya|ghatia|ganda|gandi|bekaar|bekar|nalayak|naalayak|"
              r"kamina|kamini|harami|haramzada|haramzadi|randi|kutta|kutti|kutiya|jhooti|jhootha|jhuthi|jhutha|fake|farzi|nakli|dhokebaaz|dhokebaz|drama queen|dramebaaz|"
              r"dramebaz|joker|ek mazaak|ek mazak|ek majak|besharam|gandagi|kachra|kalank|bojh|sadela|sadeli|stupid|idiot|useless|chakka|hijra|mental|psycho|ullu|"
              r"ullu ka pattha|ullu ki patthi|nikammi|nikamma|gawar|ganwar|badsurat|moti|mota|chudail|bhikhari|bhikharan|kameeni|kameena|gatiya|neech|nautanki|dhongi|"
              r"bhaddi|bhadda|paagal|bevakoof|bewaqoof|ahmak|jahil|jaahil|behuda|behudi)")
_HI_CUE_DEATH = (r"\b(?:marna|mar jana|mar jaun|mar jau|marne|khudkushi|suicide|apni jaan|khud ko khatam|zindagi khatam|jeena nahi|jina nahi|jeene ka mann nahi|jeene ki|saari goliyan|zeher|zahar|"
                 r"rassi|alvida|mere bina sab|bojh hu|bojh hoon|na uthun|nahi uthna)\b")

_lang(
    "hi",
    crisis=[
        _unless(LAUGH + "|" + _HI_PAST, r"\b(?:marna|mar jana|mar jaana|mrna|marjana|mar jaana hi|marr jana|khatam ho jana|mar hi jana) " + _HI_CHAH + r"\b(?! th[aie]\b| tha\b| thi\b| the\b)"),
        _unless(LAUGH + "|" + _HI_PAST, r"\b(?:mujhe|muje|mujhko|mjhe|ab|bas) (?:bas |ab |sach me |sachme |sirf |ab to |ab toh )*(?:marna|mar jana|mar jaana|mrna) (?:hai|he|h|hai ab)\b(?! th[aie]\b)"),
        _unless(LAUGH, r"\bmarne ka (?:mann|man|mn|dil|jee|ji) (?:karta|kar raha|karra|ho raha|hota|karta hai|kar rha)\b(?! th[aie]\b)|\bmarne ki (?:ichha|iccha|ichchha|khwahish) (?:hai|he|h|ho rahi)\b"),
        r"\bmarne (?:ka|ke|ki) (?:hi |baare me |bare me |baare mein )?(?:soch|sochti|sochta|khayal|khyal|vichar|sochte)\w*",
        r"\b(?:goliyon|goliyo|dawaiyon|tablets|pills) (?:ka|ki) (?:patta|patte|packet|dabba|shishi|strip)\b[^.]{0,30}\b(?:haath|hath|saamne|samne|paas)\b|\b(?:haath|hath) (?:me|mein|mai) (?:goliyon|goliyo|dawaiyon|neend ki goliyon) (?:ka|ki) (?:patta|packet|dabba|shishi|strip)\b",
        r"\bjeene ki (?:himmat|taakat|takat|taqat|hi himmat) (?:nahi|nhi|khatam|nahi bachi|nahi rahi|nhi bachi)\b",
        r"\bagar (?:main|mai|me) (?:na|nahi|nhi) (?:rahu|rahun|rahungi|rahunga|hoti|hota|rahi|raha)\b[^.]{0,30}\b(?:achha|accha|behtar|better|khush|aaram)\b|\b(?:achha|accha|behtar|better) (?:hoga|rahega) (?:sabke liye )?(?:agar|jab) (?:main|mai) (?:na|nahi) (?:rahu|rahun|rahungi|rahunga)\b",
        r"\b(?:blade|blades|rassi|zeher|zahar|neend ki goliyan) (?:khareed|kharid|le aayi|le aaya|le aai|mangwa) (?:liya|li|liye|li hai|liya hai|li maine|liya maine)\b",
        _unless(_HI_PAST, r"\b(?:saari|sari|sab|saari ki saari|poori|puri) (?:goliyan|goliya|tablets|pills|dawaiyan|dawai|strip) (?:kha|nigal|le|gatak) (?:li|liya|li hai|liya hai|li maine|liya maine|gayi|gaya)\b"),
        r"\bsuicide note\b|\b(?:aakhri|akhri) (?:chitthi|letter|khat) (?:likh|likhkar|likh ke) (?:di|diya|li|liya|rakhi|rakha)\b",
        _both(r"\b(?:mujhe|muje) (?:maarta|marta|peet\w*|maar raha|maar rha) (?:hai|h|he)\b", r"\b(?:dar lag raha|dar lag rha|bachao|help|police|jaan se)\b"),
        r"\bkaash (?:main |mai |me )?(?:mar (?:jaun|jau|jaaun|jaati|jata|jaau|gayi hoti|gaya hota|jaata)|(?:subah )?(?:na|nahi) (?:uthun|uthu|uthoon|jaagu|jaagun)|paida (?:hi )?(?:na|nahi) (?:hoti|hota|hui|hua))\b",
        r"\b(?:so jaun|so jau|soun|sou) aur (?:kabhi |phir kabhi )?(?:na|nahi) (?:uthun|uthu|uthoon|jaagu|jaagun)\b",
        r"(?<!aise )(?<!is tarah )(?<!uske sath )(?<!uske saath )(?<!saath )(?<!sath )(?<!uske bina )\b(?:ab )?(?:jeena|jina|jeene|jine|zinda rehna|zinda rahna) " + _HI_NAHI + r" " + _HI_CHAH + r"\b(?! th[aie]\b| aise| is tarah| uske)",
        r"\b(?:jeene|jine) ka (?:mann|man|dil|koi matlab|koi maksad|koi wajah|koi reason) " + _HI_NAHI + r"\b(?! th[aie]\b)|\b(?:jeene|jine) ki (?:ichha|iccha|koi wajah|wajah|chahat) (?:khatam|" + _HI_NAHI + r")\b",
        _unless(_HI_PAST, r"\b(?:khud ko|khudko|apne aap ko|apne aapko|apne ko|apneaap ko|khud ki jaan|apni jaan|apni zindagi|apni jindagi|meri zindagi|apni life) (?:maar|mar|khatam|khtm|khatm|le|de|kaat|hurt|nuksan|nuksaan|khatam kar|khtm kar|khatm kar|hurt kar|end kar|finish kar|khatam karke) ?(?:" + _HI_DUNGA + r"|" + _HI_LUNGA + r"|dena|lena|dalna|daalna|karunga|karungi|kar lunga|kar lungi|kar dunga|kar dungi|karna|kar dalungi|kar dalunga)(?: chahta| chahti| chahata| hai| he| h| hu| hoon)?\b(?! th[aie]\b)"),
        _unless(_HI_PAST, r"(?<!liye )(?<!lie )(?<!khatir )(?<!uski )(?<!unki )(?<!iski )(?<!teri )(?<!tumhari )(?<!uska )\b(?:apni )?jaan (?:de|le) (?:" + _HI_DUNGA + r"|" + _HI_LUNGA + r")\b(?! (?:uski|unki|iski|teri|tumhari|uska|us \w+ ki))"),
        _unless(_HI_PAST, r"\b(?:khudkushi|khud kushi|khudkhushi|aatmhatya|atmahatya|atmhatya|suicide|sucide|suiside) (?:kar (?:lunga|lungi|loonga|loongi|lu|lun|leta|leti)|karunga|karungi|karne (?:ka|wala|wali|ki soch|ka soch|ka plan|ka mann|ka man|ka socha)|kar (?:raha|rahi) (?:hu|hoon)|karna " + _HI_CHAH + r"|ke (?:khayal|khyal|vichar|thoughts|baare me soch|bare me soch|bare mein soch)|ka (?:khayal|khyal|vichar))\b(?! th[aie]\b| the\b)"),
        _unless(r"\b(?:rishta|rishte|shaadi|shadi|divorce|talaq|relationship|uske sath|uske saath|usse)\b", r"\b(?:sab|sab kuch|sabkuch|sab kuchh|zindagi|jindagi|ye zindagi|ye sab) (?:khatam|khtm|khatm|end) (?:kar|karke) (?:" + _HI_DUNGA + r"|" + _HI_LUNGA + r"|dena " + _HI_CHAH + r"|lena " + _HI_CHAH + r")\b"),
        r"\b(?:pankhe|fan|pankha) se (?:latak|lataka) (?:jaunga|jaungi|jaun|jau|jaaungi|jaaunga)\b|\b(?:train|metro|truck|gaadi) ke (?:aage|neeche|samne) (?:kud|kood|aa) (?:jaunga|jaungi|jaun|jau|jaaungi)\b|\b(?:chhat|chat|terrace|building|pul|bridge) se (?:kud|kood|chhalang laga) (?:jaunga|jaungi|jaun|jau|dungi|dunga)\b",
        r"\b(?:zeher|zahar|jahar|poison) (?:kha|pee|pi) (?:lunga|lungi|loonga|loongi|lu|lun|leti|leta)\b|\b(?:saari|sari|sab|saari ki saari) (?:goliyan|goliya|tablets|pills|dawaiyan|dawai) (?:kha|nigal|le) (?:lunga|lungi|loonga|loongi|lu|lun)\b",
        r"\bmere (?:bina|baghair|bagair|jaane ke baad|na rehne se|marne ke baad)\b[^.]{0,40}\b(?:sab|sabhi|sabki|sabka|bachche|bachhe|ghar wale|gharwale|family|duniya)\b[^.]{0,30}\b(?:khush|behtar|better|accha|achha|aaram|sukoon|sukun|chain)\b",
        r"\b(?:sab|sabhi|bachche|bachhe|gharwale|ghar wale|family|duniya|sab log)\b[^.]{0,20}\bmere (?:bina|baghair|bagair)\b[^.]{0,20}\b(?:khush|behtar|better|accha|achha|aaram se|sukoon se)\b",
        r"(?<!tum )(?<!tu )(?<!aap )\b(?:main |mai |me )?(?:sab par |sabke liye |sab ke liye |family par |ghar walon par |gharwalo par |sab pe |sabpe |sabpar |apne bachchon par )?(?:bas |sirf |ek )*(?:bojh|boj|burden|bhaar) (?:hoon|hu|hun|hoo|ban gaya hu|ban gayi hu|ban gai hu|ban gaya hoon|ban gayi hoon|hi hoon|hi hu)\b",
        _unless(r"\b(?:doctor|dr|prescription|parchi|chemist|dose|bp ki|sugar ki)\b", r"\b(?:goliyan|goliya|neend ki goli|neend ki goliyan|sleeping pills|tablets|pills|blade|blades|rassi|zeher|zahar|jahar)\b[^.]{0,40}\b(?:ready|tayyar|taiyar|tyar|jama kar|ikattha|ikatthi|ikathi|rakh li|rakhi hai|rakh liya|le aaya|le aayi|le aai|kharid li|kharid liya|haath me|haath mein|saamne)\b"),
        _both(r"\bsab (?:kuch |kuchh )?(?:tayyar|taiyar|tyar|ready|plan|intezaam|intezam|decide) (?:hai|ho gaya|kar liya|kar li|h)\b|\bsoch (?:liya|li) hai kaise karungi\b|\bsoch (?:liya|li) hai kaise karunga\b",
              r"\b(?:alvida|maaf|maafi|chitthi|letter|note|goli|goliyan|rassi|zeher|aaj raat|aakhri|last time|bachchon|bachon|bacchon|hamesha ke liye|marna|mar jaun)\b"),
        _both(r"\b(?:alvida|maaf karna|maaf kar dena|maafi|nahi rahunga|nahi rahungi|nahi rahu|aakhri|last message|hamesha ke liye|sabse pyar)\b",
              r"\bmere (?:bachchon|bachon|bacchon|bachhon|baccho|bachcho|bachche|bache|beti|bete|bachi|bacche) (?:ka|ki|ke) (?:khayal|khyal|dhyan|dhyaan|care) (?:rakhna|rakhiyega|rakhna please|rakhoge|rakh lena)\b"),
        r"\b(?:ye|yeh) (?:mera )?(?:alvida|aakhri alvida|aakhri message|last message|aakhri msg|aakhri sandesh) (?:hai|h|he)\b(?! (?:group|is group|kuch din))|\balvida (?:sabko|dosto|doston|sab log|hamesha ke liye)\b(?=.*\b(?:maaf|bachch|bachon|nahi rah|zindagi|jeena)\w*)",
        r"\bjab tak (?:tum log|aap log|tum sab|aap sab|sab) (?:ye|yeh|isse) (?:padhoge|padhenge|padhogi),? (?:tab tak )?(?:main |mai )?(?:nahi (?:rahunga|rahungi|rahu|hounga|houngi)|ja chuka (?:hounga|hunga)|ja chuki (?:houngi|hungi)|mar chuka|mar chuki|is duniya me nahi)\b",
        _both(r"\b(?:ab|aur) " + _HI_NAHI + r" (?:jhel|seh|sah|bardasht kar|sambhal) (?:sakta|sakti|paunga|paungi|pa raha|pa rahi|payegi|payega)\b|\bab bas\b|\bthak (?:gaya|gayi|gai|chuka|chuki) (?:hu|hoon|hun)\b|\bhimmat (?:toot|khatam) (?:gayi|gai|ho gayi)\b", _HI_CUE_DEATH),
        _unless(_HI_PAST, r"\b(?:hath|haath|kalai|kalaai|nas|nasein|naseen|nase|wrist|bazu|baazu) (?:kaat|kat|cut) (?:li|liya|lunga|lungi|di|diya|rahi|raha|leti|leta|kar li|kar liya|kiya|ki)\b|\bphir se (?:khud ko )?(?:kaat|cut|hurt) (?:liya|li|kiya|kar liya|kar li)\b|\bblade se (?:khud ko |apne aap ko )?(?:kaat|kata|cut|zakhmi)\w*"),
        r"\bkhud ko (?:hurt|kaat|chot|takleef|nuksan|nuksaan|zakhmi) (?:karti|karta|kar rahi|kar raha|karna chahti|karna chahta|pahuchana chahti|pahunchana chahti|dena chahti)\b(?! th[aie]\b)",
        _both(_HI_SAID + r"|\b(?:dhamki|dhamka|dhamkaya|dhamkata|dhamkati|dhamki di|dhamki de)\w*",
              r"\b(?:mujhe|muje|mujhko) (?:jaan se )?(?:maar|mar) (?:dalega|daalega|dega|dalegi|degi|daalegi|dalne|daalne|dene|dalunga|dunga)\b|\bjaan se (?:maar|mar) (?:dega|dalega|daalega|degi|dalegi)\b|\b(?:tujhe|tumhe|tujhko) (?:jaan se )?maar (?:dalunga|dunga|daalunga|dalungi)\b"),
        r"\bjaan se (?:maarne|marne|maar dene) ki (?:dhamki|dhamkiyan)\b(?!.*\b(?:saal|mahine) pehle\b)",
        _both(r"\b(?:darwaze|darwaje|gate|door) (?:pe|par|ke bahar|ke baahar) (?:khada|khadi|khade|hai|aa gaya|aa gayi|aaya)\b|\bghar ke bahar (?:khada|khadi|hai|aa gaya)\b",
              r"\b(?:dar|darr|dar lag raha|bachao|help|police|100|112|chaku|chaaku|knife|bandook|gun|pistol|katta|maarne|todne|peet raha|thok raha|chilla raha|chilla rha|nashe|sharab|piya hua|andar aane|maar dalega|dhamki)\b"),
        r"\b(?:darwaza|darwaja|gate|door) (?:tod|peet|thok|pit|tor|bajaa?) (?:raha|rahi|rahe) (?:hai|h|he)\b",
        r"\b(?:usne |wo |woh )?mujhe (?:kamre|kamra|ghar|bathroom|room|store room|kothri|kamre) (?:me|mein|mai|mei) (?:band|lock|bandh) (?:kar (?:diya|di|rakha|rakhi|ke rakha|ke rakhi)|karke rakha)\b|\busne mujhe (?:band|lock) kar diya\b|\bmujhe (?:bahar|ghar se bahar) (?:nahi|nhi) (?:jaane|nikalne) de (?:raha|rahi|rahe)\b",
        _both(r"\b(?:uske|unke|uska) (?:paas|pas|hath me|haath me|haath mein) (?:chaku|chaaku|knife|bandook|gun|pistol|katta|talwar|rod)\b",
              r"\b(?:dar|darr|bachao|help|police|maar dalega|maar dega|dhamki|abhi|yahin|ghar me|chilla raha|chilla rha|nashe)\b"),
    ],
    violence=[
        r"\b(?:use|usko|usey|usee|unko|us \w+ ko|us \w+ \w+ ko|dono ko|tujhe|tumhe|tujhko|tumko) (?:main |mai |me )?(?:jaan se )?(?:maar|mar|zinda jala|zinda gaad) ?(?:" + _HI_DUNGA + r"|dalna hai|dena hai|daalna hai|dalungi|dalunga)\b",
        r"\b(?:us|uss) (?:kamine|kamini|harami|kutte|kutiya|aurat|ladki|ladke|chudail|randi|bewafa|insaan|admi|aadmi|haramzade|haramzadi) ko (?:jaan se )?(?:khatam kar|khatm kar|khtm kar|maar|zinda jala) ?(?:" + _HI_DUNGA + r")\b",
        r"\b(?:maar|khatam kar|jaan se maar|zinda jala) (?:" + _HI_DUNGA + r") (?:use|usko|usey|ise|isko|unko|dono ko|us \w+ ko|tujhe|tumhe)\b",
        r"\b(?:uska|uski|uske|iska|iski|iske|tera|teri|tere|us \w+ ka|us \w+ ki|us \w+ ke) (?:muh|munh|mooh|mu|muhh|chehra|sar|sir|daant|dant|taang|tang|tange|taange|haddi|haddiyan|haath|hath|naak|gardan|jabda|khopdi|khopadi) (?:tod|phod|fod|tod-phod|kaat|ukhaad|ukhad|nikal|tod ke rakh|phod ke rakh) ?(?:" + _HI_DUNGA + r")\b",
        r"\bhaddi(?:-| )pasli ek kar (?:" + _HI_DUNGA + r")\b|\b(?:usko|use|tujhe|tumhe) (?:hospital|aspatal|icu) (?:pahuncha|bhej|pohcha) (?:" + _HI_DUNGA + r")\b",
        r"\b(?:use|usko|usey|isko|unko|us \w+ ko|us \w+ \w+ ko|dono ko|tujhe|tumhe|tujhko) (?:itna |bahut |buri tarah |achhe se |jam ke |jamke |jute se |joote se |chappal se |dande se |lathi se |sabke saamne |sabke samne |beech sadak pe |ghar me ghus ke )*(?:peetunga|peetungi|pitunga|pitungi|marunga|marungi|maarunga|maarungi|kootunga|kootungi|kutunga|kutungi|dhunga|dhungi|thokunga|thokungi|dhunkunga|dhunkungi|pelunga|pelungi|dhoonga|dhoongi)\b",
        r"\b(?:chaku|chaaku|knife|goli|thappad|thapad|jhapad|jhaapad|chaanta|chanta|ghoonsa|ghusa|laat|laatein|joote|jute) (?:maar|mar|ghusa|ghoonp|chala) (?:dunga|dungi|doonga|doongi|dalunga|dalungi|du|dun|denge)\b",
        _unless(r"\b(?:karma|karmo|karmon|bhagwan|bhagwaan|upar wala|uparwala|khuda|allah|waheguru|kanoon|court|adalat|police)\b",
                r"\b(?:bhugtega|bhugtegi|bhugtenge|bhugatna padega|bhugatna hoga|keemat chukayega|keemat chukayegi|kimat chukayega|kimat chukayegi|keemat chukani padegi|kimat chukani padegi)\b"),
        r"\b(?:uski|unki|iski|teri|tumhari|us \w+ ki) jaan (?:le|nikal) (?:lunga|lungi|loonga|loongi|lenge|dunga|dungi)\b|\bjaan le (?:lunga|lungi|loonga|loongi) (?:uski|unki|iski|teri|tumhari|us \w+ ki)\b",
        r"\b(?:usko|use|usey|unko|dono ko|us \w+ ko|tujhe|tumhe) (?:zinda|jinda) (?:nahi|nhi|na) (?:chhodunga|chhodungi|chodunga|chodungi|chhodenge|chhorunga|chhorungi)\b|\b(?:zinda|jinda) (?:nahi|nhi) (?:chhodunga|chhodungi|chodunga|chodungi|chhorunga|chhorungi)\b",
        r"\b(?:usko|use|usey|unko|dono ko|us \w+ ko) (?:aise|aasani se|itni aasani se|yun hi|yuhi|yunhi|aise hi|aaram se) (?:nahi|nhi) (?:chhodunga|chhodungi|chodunga|chodungi|chhorunga|chhorungi)\b",
        r"\b(?:tujhe|tujhko|tumhe|tumko) (?:main )?(?:dekh|dekh ke) (?:lunga|lungi|loonga|loongi|lenge)\b",
        _both(r"\b(?:mujhe )?pata (?:hai|h|he) (?:wo|woh|vo|voh|wo aurat|wo ladki|wo ladka|uska ghar) (?:kaha|kahan|kidhar|kaha pe|kahan par) (?:rehta|rehti|rahta|rahti|kaam karta|kaam karti|jata|jaati|hai|h)\b",
              r"\b(?:aaunga|aaungi|aaungi|jaunga|jaungi|pahunch\w*|intezaar|bhugt\w*|chhodunga|chhodungi|maar\w*|dekh lunga|dekh lungi|sabak|ghar pe aa|seedha)\b"),
        r"\b(?:usko|use|usey|unko|dono ko|us \w+ ko) (?:itna |aisa |aise )?(?:pachtana padega|pachhtana padega|pachtaane pe majboor|pachtane pe majboor|pachtane par majboor|pachhtane pe majboor)\b|\bpachtane (?:pe|par) majboor kar (?:" + _HI_DUNGA + r")\b|\b(?:pachtayega|pachtayegi|pachhtayega|pachhtayegi) (?:ki|ke) (?:wo )?(?:paida kyu|paida kyun|janam kyu|janam kyun)\b|\bpaida hone (?:pe|par) pachtayega\b",
        r"\b(?:is baar|iss baar|ab ki baar|abki baar|abki bar|is bar)\b[^.]{0,25}\b(?:sirf |bas |keval )?(?:baaton|baato|baatein|baate|dhamki|dhamkiyon|dhamkiyo|zubani) (?:tak |me |mein )?(?:nahi|nahin|nhi) (?:rahega|rahegi|rukega|rukegi|hongi|hoga|rukunga|rukungi|rahenge)\b",
        _both_unless(r"\b(?:vakil|wakeel|lawyer|papers|documents|sign|baat karne|bachche lene|bachchon ko lene)\b",
              r"\b(?:uska|uski|unka|us \w+ ka) (?:intezaar|intazaar|intjaar|intezar|wait) (?:karunga|karungi|karenge|kar raha|kar rahi)\b|\b(?:raste|rastey|gali) (?:me|mein) (?:pakad|pakdunga|pakdungi|gher)\w*",
              r"\b(?:bahar|ghar ke bahar|office ke bahar|gali|raste|niche|neeche|chaku|danda|dande|lathi|rod|dekhna|phir dekhna|bhugt\w*|maar\w*|akele)\b"),
        r"\b(?:usko|use|unko|us \w+ ko) (?:aisa )?sabak sikha(?:unga|ungi|ke rahunga|ke rahungi) ki (?:zindagi bhar|hamesha|kabhi) (?:yaad|bhool)\w*",
        r"\b(?:uske|unke|us \w+ ke) ghar (?:chaku|chaaku|danda|lathi|rod|bandook|katta|pistol) (?:leke|lekar|le ke|le kar) (?:jaunga|jaungi|jaaunga|jaaungi)\b",
    ],
    harassment=[
        r"\b(?:tu|tum|aap|tu to|tum to|tum toh|tu toh|@\w+,? tu|@\w+,? tum)\b " + _HI_INT + _HI_INSULT + r"\b(?! (?:nahi|nahin|nhi|ni|na|mat|kar|karo|kr|bol|bolo|soch|socho|feel|ban|bano|samjho|samajh)\b)(?: (?:hai|ho|h|he|hain|hi hai|hi ho|nikli|nikla|lagti|lagta|lagte|ka|ki))?",
        r"\b(?:tujhse|tumse|tujhe dekh ke|tumhe dekh ke|tumhe dekhkar|tujhe dekhkar|teri shakal se|tumhari shakal se|teri baaton se|tumhari baaton se) (?:mujhe )?(?:ghin|ghinn|nafrat|ulti|ultee|jalan) (?:aati|aa rahi|hoti|aata)\b",
        r"\b(?:isliye|isiliye|issliye|tabhi|tabhi to|tabhi toh|isi liye|isi wajah se|koi hairani nahi|koi hairani ki baat nahi|koi taajjub nahi|koi tajjub nahi|koi hairaani nahi|ajeeb nahi)\b[^.]{0,30}\b(?:tujhe|tumhe|tujhko|tumko|aapko)\b[^.]{0,20}\b(?:chhod diya|chhoda|chod diya|choda|chhod gaya|chhod gayi|chod gaya|chhod ke chala gaya|chhod kar chala gaya|dhoka diya|dhokha diya|dhoka de diya|cheat kiya|cheat kar diya|dump kiya|dump kar diya)\b",
        r"(?<!nahi )\b(?:teri|tumhari|tumhara|tera|aapki) (?:hi |khud ki |apni )?(?:galti|gallti|galati|kasoor|fault|galtee)\b(?! (?:nahi|nahin|nhi|ni|na)\b)(?: (?:hai|thi|h|he))?",
        r"\bgalti (?:to |toh )?(?:teri|tumhari|tera|aapki) (?:hi )?(?:hai|thi|h|he)\b",
        r"\b(?:tu|tum|aap) (?:isi|issi|yahi|isi ke|iske hi) (?:layak|laayak|lyak|kabil|kaabil) (?:hai|ho|h|he|thi|tha)\b|\b(?:tumhare|tere) saath (?:yahi|aisa hi) hona chahiye tha\b|\b(?:tumne|tune) khud (?:hi )?(?:bulaya|mol liya|kiya|apne saath hone diya)\b",
        r"\b(?:tumhe|tujhe|tumko|tujhko|aapko) (?:zara |thodi |bilkul |koi |jara )?(?:sharam|sharm|laaj|haya) (?:nahi|nahin|nhi|ni) (?:aati|aayi|hai|aata)\b|\b(?:tumhe|tujhe|aapko) (?:sharam|sharm) aani chahiye\b",
        r"(?<!mat )\b(?:sharam|sharm|thodi sharam|kuch sharam|doob) (?:karo|kar|kro|maro|mar)\b(?! (?:mat|na))|\bchullu bhar paani (?:me|mein) doob (?:maro|mar)\b",
        r"(?<!lagta hai )(?<!lagta h )(?<!lagta )(?<!socho ki )\b(?:yahan |yaha |idhar |is group me |group me |yahan par )?(?:koi bhi|koi) (?:tumhe|tujhe|tumko|tujhko|aapko) (?:pasand|like|bardasht) (?:nahi|nahin|nhi) (?:karta|karte|karti)\b|\bkisi ne (?:tumse|tujhse|aapse) (?:pucha|poocha|puchha) (?:nahi|nhi|tha kya)\b|\bkisi ne (?:tumhari|teri) (?:raay|rai|opinion) (?:nahi|nhi) (?:maangi|mangi)\b",
        _unless(r"\b(?:mujhe|muje) (?:bola|boli|kaha|bolta|bolti|kehta|kehti)\b|\b(?:bola|kaha|kehta|bolta) ki\b", r"\b(?:nikal yahan se|nikal yaha se|group chhod (?:de|do)|group se nikal|dafa ho ja|dafa ho|bhaag yahan se|gaali|nikal ja)\b(?! ke)"),
        _unless(r"\b(?:bola|boli|bolta|bolti|kaha|kehta|kehti|chillaya|chillata|chillati)\b", r"\b(?:chup kar|chup kr|chup reh|chup rah|chup ho ja|chup baith|chup karo|muh band kar|munh band kar|muh band rakh|apna muh band|apna munh band|bakwas band kar|bakwas mat kar|bakwaas band|zubaan band|zuban band|apni bakwas band|bakbak band)\b"),
        r"\b(?:drama|naatak|natak|nautanki|rona dhona|rona-dhona|rona) band (?:kar|karo|kr|kro)\b|\b(?:victim|bechari|bechara) (?:banna|ban ne ka natak) band (?:kar|karo)\b",
        r"\b(?:teri maa ki|teri maa ka|teri ma ki|teri ma ka|teri behen ki|teri bhen ki|tere baap ki|teri maa ko|teri maa|maa chuda|maa chudao)\b",
        r"\b(?:abe|oye|oe|arre|are|tu|tum|@\w+)\b,? (?:sale |saale |saali |sali )?(?:chutiye|chutiya|madarchod|maderchod|bhenchod|behenchod|bhosdike|bsdk|gandu|randi|kutiya|kutti|kutte|harami|haramkhor|kamine|kamini|chakka|hijde|hijra|gadhe|ullu ke patthe|bewakoof|pagal)\b(?! (?:nahi|nahin|nhi|na)\b)",
        r"\b(?:katue|katuye|katwe|kattu|mulle|chamar|chamaar|bhangi|chakke|hijde log|kaale log|kalluo|madrasi log)\b",
        r"\b(?:saare|sare|sab|ye) (?:muslim|musalman|hindu|dalit|chamar|gay|hijre|bihari|madrasi|kashmiri|christian) (?:log )?(?:hote hi|hi|sab|to) (?:aise|gande|chor|kutte|jaanwar|janwar|kachra|gaddar|atanki)\b",
        r"\b(?:tum|tu) (?:kisi kaam ki|kisi kaam ka|kuch bhi) (?:nahi|nhi) (?:ho|hai)\b",
    ],
    pos_crisis=[
        "main marna chahti hoon, ab aur nahi sah sakti",
        "ab jeena nahi chahta, sab kuch khatam lagta hai",
        "aaj raat khudkushi kar lungi, decide kar liya hai",
        "mere bina sab khush rahenge, bachche bhi",
        "main sab par bojh hoon",
        "neend ki goliyan ikatthi kar li hai, mere paas rakhi hai",
        "ye mera alvida hai. mere bachchon ka khayal rakhna please",
        "ab aur nahi jhel sakti, bas mar jana chahti hu",
        "wo keh raha hai mujhe jaan se maar dega aur darwaza peet raha hai",
        "usne mujhe kamre me band kar diya hai aur phone le liya",
        "main khud ko khatam kar lungi",
        "maine phir se hath kaat liya kal raat",
        "kaash main mar jaun",
        "suicide ke khayal aa rahe hai roz raat ko",
        "jab tak tum log ye padhoge main nahi rahungi",
        "marne ka mann karta hai har waqt",
    ],
    pos_violence=[
        "agar phir uske saath dikha to usko jaan se maar dunga",
        "uska muh tod dunga jaise hi office se nikle",
        "us kutiya ko itna peetungi ki yaad rakhegi",
        "wo bhugtega, dekh lena tum sab",
        "mujhe pata hai wo kahan rehti hai, kal wahan pahunch jaungi",
        "main usko pachtane pe majboor kar dungi",
        "is baar baat sirf baaton tak nahi rahegi",
        "main uska intezaar karunga uske ghar ke bahar, danda leke",
        "main use maar dalungi, jail jaana pade to jaun",
        "uski taang tod dunga agar bachchon ke paas aaya",
        "usko zinda nahi chhodunga",
        "us harami ko sabke saamne thappad maar dungi",
    ],
    pos_harassment=[
        "@priya tum kitni pathetic ho, mahino se wahi rona",
        "tu ek number ki loser hai, maan le",
        "isliye to usne tujhe chhod diya, koi tujhe jhel nahi sakta",
        "teri hi galti hai ki usne cheat kiya",
        "sharam karo, aisi baatein yahan likhti ho",
        "yahan koi tumhe pasand nahi karta, group chhod do",
        "chup kar, kisi ne tujhse pucha nahi",
        "tum fake ho, sab jhooth bolti ho",
        "tujhse ghin aati hai mujhe",
        "tum isi layak ho",
        "drama band karo, tum bewakoof ho",
        "abe chutiye, kuch bhi likhta hai",
    ],
    negative=[
        "wo pathetic hai, pata nahi maine usme kya dekha",
        "mera pati jhootha aur darpok hai",
        "hans hans ke mar gayi teri post padh ke",
        "ye kaam meri jaan le raha hai, 12 ghante aaj",
        "do saal pehle main marna chahti thi, ab padhai kar rahi hu",
        "tum bojh nahi ho, share karne ke liye shukriya",
        "ye tumhari galti nahi hai ki usne cheat kiya",
        "aise jeena nahi chahti uske saath, divorce le rahi hu",
        "sharam mat karo, hum sab isse guzre hai",
        "wo darwaze pe hai bachchon ko lene aaya, sab theek hai",
        "wo maintenance dega, court ne bola",
        "mummy mujhe maar dalegi agar late pahunchi lol",
        "tum pagal nahi ho, tumne bas bharosa kiya",
        "usne mujhe cheat kiya, wo kamina hai",
        "bhook se mar rahi hu, khana order karti hu",
        "uske liye jaan de dungi aisa sochti thi, kitni pagal thi main",
        "main usko kal call karke dekh lungi ki bachche theek hai",
    ],
)

# ==========================================================================
# tl - Tagalog / Taglish
# ==========================================================================
_TL_PAST = r"\b(?:dati|noon|noong|nakaraan|nakalipas|dati pa|years ago|last year|(?:\w+ )?taon na ang nakalipas)\b"
_TL_SAID = r"\b(?:sabi niya|sabi nya|sinabi niya|sinabi nya|sinigawan (?:niya|nya) ako|sabi ng asawa ko|sabi ng ex ko|sabi sakin)\b"
_TL_SAYO = r"(?:sa ?yo|sa'yo|sa iyo|sayo|saiyo|sa 'yo|sau)"
_TL_INSULT = (r"(?:tanga|bobo|boba|gaga|gago|ulol|ulul|engot|inutil|walang kwenta|walang kuwenta|walang silbi|plastik|plastic|peke|sinungaling|malandi|pokpok|puta|"
              r"kadiri|nakakadiri|nakakasuka|pathetic|loser|talunan|katawa-tawa|katawatawa|abnoy|abnormal|bano|baliw|praning|feelingera|feelingero|epal|ipokrita|"
              r"ipokrito|hipokrita|hayop|demonyo|pangit|panget|baboy|bakla|tomboy|bayot|bading|salot|basura|kahihiyan|kahiya-hiya|nakakahiya|sira ulo|siraulo|"
              r"tarantado|tarantada|walang hiya|walanghiya|kapal ng mukha|makapal ang mukha|arte|maarte|madrama|drama|oa|over acting|nakakaawa|kaawa-awa|kawawang nilalang|"
              r"bwisit|buwisit|peste|kupal|hampaslupa|mangmang|mukhang pera|haliparot|kabit material|pabigat|sinungaling|walang utak|shunga|tangang tanga|biro|joke|katatawanan)")
_TL_CUE_DEATH = (r"\b(?:mamatay|mamatay na|magpakamatay|magpapakamatay|wakasan|tapusin ang buhay|mawala na lang|lubid|paalam|"
                 r"pabigat|wala na ako|ayoko nang mabuhay|ayoko na mabuhay|ayaw ko nang mabuhay|hindi na magising|di na magising)\b")

_lang(
    "tl",
    crisis=[
        _unless(LAUGH + "|" + _TL_PAST, r"\b(?:gusto ko|gusto kong|gusto ko nang|gusto ko ng|gusto ko na|gusto ko na lang|gusto ko nalang|gusto ko na lng|gusto ko lang|gustong gusto ko nang|gusto ko nang mag|parang gusto ko nang|parang gusto ko na lang) ?(?:na |nang |ng )?(?:mamatay|mawala na lang|mawala na|maglaho|magpakamatay|mag pakamatay|wakasan ang buhay ko|tapusin ang buhay ko|matulog (?:na lang )?at hindi na magising)\b(?! sa (?:kakatawa|katatawa|tawa|kilig|hiya|gutom|inggit|init|lamig|antok|pagod|gc|group|fb)| (?:muna sa|sa group|sa gc|sa fb))"),
        r"\bsana (?:mamatay na (?:lang )?ako|patay na (?:lang )?ako|hindi na ako magising|di na ako magising|hindi na (?:lang )?ako nabuhay|kunin na ako ni (?:lord|god|papa god)|mawala na (?:lang )?ako)\b(?! sa (?:kakatawa|tawa|hiya))",
        _unless(_TL_PAST, r"\b(?:ayoko|ayaw ko|ayoko na|ayaw ko na|hindi ko na gustong|di ko na gustong|ayaw ko nang|ayoko nang) ?(?:nang |ng |na )?(?:mabuhay|mabuhay pa|magising pa|gumising pa|huminga pa|magpatuloy pang mabuhay)\b(?! (?:ng ganito|nang ganito|ganito|kasama|na kasama|sa piling|na may|ng may|sa ganitong|sa kasinungalingan))"),
        r"\b(?:puro |lagi |palagi |laging )?(?:kamatayan|pagpapakamatay|mamatay|pagkamatay ko) (?:na lang |lang |na )?(?:ang )?(?:naiisip|iniisip|nasa isip) ko\b|\b(?:lagi|palagi|puro) kong (?:naiisip|iniisip) (?:na )?(?:mamatay|magpakamatay)\b",
        r"\b(?:may hawak|hawak ko|hawak ako|nasa kamay ko) (?:akong |ko ang |ko na |ang )?(?:isang )?(?:banig|bote|pakete|kahon|lahat ng) (?:ng )?(?:gamot|pills|tabletas|sleeping pills)\b|\bmay hawak akong (?:\w+ )?(?:gamot|pills|blade|lubid|lason)\b",
        r"\b(?:bumili|nakabili) (?:na )?ako (?:kanina |ngayon |na )?ng (?:blade|blades|lubid|lason|sleeping pills)\b",
        _unless(_TL_PAST, r"\b(?:ininom|nilunok|ininum) ko (?:na )?(?:lahat ng|ang lahat ng|isang banig ng|isang bote ng|lahat ng mga) (?:gamot|pills|tabletas|sleeping pills)\b"),
        r"\b(?:sumulat|nagsulat) na (?:ako )?ng (?:suicide note|huling sulat|sulat para sa mga anak ko|paalam na sulat)\b|\bsuicide note\b",
        r"\bwala na (?:akong|kong) (?:lakas|lakas ng loob) (?:para |upang )?(?:mabuhay|magpatuloy|lumaban pa)\b",
        r"\bwala na (?:akong|kong) (?:dahilan|rason|gana) (?:para |upang )?(?:mabuhay|magpatuloy pang mabuhay|bumangon pa)\b|\bpara saan pa (?:ang|ba ang) buhay ko\b",
        _unless(r"\b(?:huwag|wag|hindi|di) (?:kang |ka |ka na |kayong )" + "|" + _TL_PAST + r"|\bsa (?:trabaho|kakatrabaho|pag-aaral|review|gym|school)\b",
                r"\b(?:magpapakamatay|magpakamatay|papatayin ko ang sarili ko|papatayin ko sarili ko|papatayin ko yung sarili ko|papatayin ko na (?:ang )?sarili ko|kikitilin ko ang (?:aking )?buhay|tatapusin ko na (?:ang )?buhay ko|tatapusin ko buhay ko|wawakasan ko na (?:ang )?buhay ko|magbibigti|magbigti|magbibitay|tatalon ako sa|tatalon na ako sa|iinumin ko lahat ng|lalaslasin ko|maglalaslas|maglaslas|lalason ko ang sarili ko)\b"),
        _unless(_TL_PAST, r"\b(?:iniisip ko|naiisip ko|pinag-iisipan ko|pinagiisipan ko|naiisip ko na naman|iniisip ko na) (?:na |nang |ng )?(?:magpakamatay|mag suicide|mag-suicide|tapusin ang buhay ko|wakasan ang buhay ko|mamatay na lang)\b|\bmay suicidal thoughts (?:ako|na naman ako)\b|\bsuicidal (?:na naman )?ako\b"),
        _unless(r"\b(?:relasyon|kasal|annul|hiwalay|hiwalayan|sya|siya|kami|namin|natin)\b",
                r"\b(?:tatapusin ko na|tapusin ko na|gusto ko nang tapusin|gusto kong tapusin|tatapusin ko na ang|wawakasan ko na) (?:ang |na |ngayon )?(?:lahat|lahat ng ito|lahat lahat|lahat ng to|lahat ng 'to)\b"),
        r"\bmas (?:mabuti|okay|ok|maayos|masaya|magaan|maganda|better|mapayapa) (?:pa )?(?:\w+ ){0,4}(?:kung|pag|kapag) (?:wala na ako|mawala ako|mawawala ako|patay na ako|mamatay ako|nawala na ako|wala ako sa mundo|wala na ako sa mundo)\b",
        r"\b(?:walang|wala namang) (?:makakamiss|makaka-miss|iiyak|makakapansin) (?:sa akin|sakin) (?:kung|pag) (?:mawala|mamatay|wala na) ako\b",
        r"(?<!hindi )(?<!di )(?<!hindi ka )\b(?:pabigat|pabigat lang|pabigat na lang|pabigat nalang|pasanin|pasanin lang|dagdag pasanin|perwisyo|sagabal|problema) (?:lang |na lang |nalang |lng |talaga )?(?:ako|talaga ako)\b(?! (?:sa (?:trabaho|group|project)))|\bako ay (?:isang )?(?:pabigat|pasanin)\b|\bpabigat (?:lang )?(?:ako )?sa (?:lahat|pamilya ko|inyo|kanila|mga anak ko)\b",
        _unless(r"\b(?:reseta|doctor|doktor|botika|pharmacy|dosage|maintenance)\b", r"\b(?:pills|gamot|tabletas|sleeping pills|blade|blades|lubid|tali|lason)\b[^.]{0,40}\b(?:handa na|ready na|nakahanda|naipon|inipon|tinago|nasa tabi ko|hawak ko|nabili ko na|binili ko na|nasa harap ko)\b"),
        _unless(r"\b(?:reseta|doctor|doktor|botika|pharmacy|dosage|maintenance|vitamins)\b", r"\b(?:nakahanda|handa|ready|nakaready) na (?:ang |yung |mga |ang mga |yung mga )*(?:pills|gamot|tabletas|sleeping pills|blade|blades|lubid|lason)\b"),
        r"\b(?:inipon|naipon|tinago|binili) ko (?:na )?(?:ang |yung |mga |lahat ng )*(?:gamot|pills|tabletas|sleeping pills|lason|blade|lubid)\b(?! (?:para sa|pang) (?:ubo|lagnat|sakit|trangkaso|sampayan))",
        _both(r"\b(?:handa na|ready na|plantsado na|nakaplano na) (?:ang |ang lahat|lahat)\b|\blahat (?:ay )?(?:handa|ready) na\b|\balam ko na kung paano ko gagawin\b",
              r"\b(?:paalam|sulat|letter|patawad|patawarin|mamatay|pills|gamot|lubid|huling|last|mamayang gabi|ngayong gabi|mga anak ko|anak ko)\b"),
        _both(r"\b(?:paalam|patawarin niyo ako|patawad sa lahat|wala na ako bukas|hindi niyo na ako makikita|huling mensahe|huling message|last message|mahal ko kayong lahat|sorry sa lahat)\b",
              r"\b(?:alagaan|ingatan|bantayan) (?:niyo|nyo|mo|ninyo) (?:ang |yung |mga |ang mga )*(?:anak|mga anak|anak ko|mga anak ko|baby ko|mga bata)\b"),
        r"\b(?:ito|eto|to) na (?:ang |yung )?(?:huling|last) (?:mensahe|message|post|paalam) ko\b(?! (?:dito sa group|sa group|ngayong gabi|for today|ngayong araw))|\bpaalam na (?:sa inyong lahat|sa lahat),? (?:patawad|patawarin|alagaan|mahal ko)\w*",
        r"\b(?:pag|kapag|kung) nabasa (?:niyo|nyo|ninyo|mo) (?:ito|to|'to|itong message),? (?:wala na ako|patay na ako|wala na ako sa mundo)\b",
        _both(r"\b(?:hindi|di) ko na (?:talaga )?kaya\b|\bpagod na (?:pagod )?(?:na )?ako\b|\bsuko na ako\b|\bayoko na talaga\b", _TL_CUE_DEATH),
        _unless(_TL_PAST, r"\bnaglaslas (?:ako|na naman ako|ulit ako|ako ulit)\b|\bnaglalaslas (?:ako|na naman ako)\b|\bsinaktan ko (?:ulit|na naman) (?:ang )?sarili ko\b|\bhiniwa ko (?:ulit )?(?:ang |yung )?(?:braso|pulso|wrist) ko\b"),
        r"\b(?:gusto kong|gusto ko ng|gusto ko nang|gusto ko na naman) (?:maglaslas|saktan ang sarili ko|saktan sarili ko|hiwain ang pulso ko)\b",
        _unless(r"\b(?:nanay|mama|mommy|tatay|papa|lola|boss|teacher) ko\b",
                r"\bpapatayin (?:daw )?(?:niya|nya|nila) (?:daw )?ako\b|\bpapatayin daw ako\b|\bbinantaan (?:niya|nya) (?:ako )?(?:na )?(?:papatayin|sasaktan)\b|\bnagbanta (?:siya|sya) (?:na )?(?:papatayin|sasaktan) (?:niya|nya) ako\b"),
        _both(r"\bnasa (?:labas|harap) (?:siya|sya|sila) ng (?:pinto|bahay|kwarto)\b|\bnasa (?:labas|harap) ng (?:pinto|bahay) (?:siya|sya|sila)\b",
              r"\b(?:takot|tulong|saklolo|pulis|911|kutsilyo|baril|itak|sumisigaw|kinakalampag|sinisipa|lasing|papasok|papatayin|nagbabanta)\b"),
        r"\b(?:kinakalampag|sinisipa|kinakatok nang malakas|binabalya|sinisira) (?:niya |nya )?(?:ang |yung )?pinto\b",
        r"\b(?:kinulong|ikinulong|ni-lock|nilock|kinandado) (?:niya|nya) ako\b|\bnakakulong ako (?:sa|dito sa) (?:kwarto|cr|banyo|bahay)\b(?=.*\b(?:siya|sya|takot|tulong)\b)|\bhindi (?:niya|nya) ako pinapalabas\b",
        r"\bnagtatago ako (?:sa|dito sa) (?:cr|banyo|kwarto|cabinet|aparador)\b",
        _both(r"\bmay (?:hawak na |dalang )?(?:kutsilyo|baril|itak|patalim|bolo) (?:siya|sya)\b",
              r"\b(?:takot|tulong|saklolo|pulis|nagbabanta|nagtatago|kinulong|papatayin|sumisigaw|lasing|dito|bahay)\b"),
    ],
    violence=[
        r"\bpapatayin ko (?:talaga |na |lang |rin )?(?:siya|sya|sila|kayo|ka|kayong dalawa|silang dalawa)\b",
        r"\bpapatayin ko (?:talaga |na )?(?:yung|ang|iyong|yang|'yang|yong|iyang) (?:babae|lalaki|kabit|asawa ko|asawa|hayop|gago|gagong|walanghiya|malandi|malanding|kerida|kalaguyo|ex ko|putang|haliparot|animal|demonyo)\b",
        r"\bgusto ko (?:siyang|syang|silang|kayong) patayin\b|\bpapatay ako\b(?! ng (?:ilaw|oras|lamok|ipis))",
        r"\b(?:babasagin|wawasakin|dudurugin|bubugbugin|sisirain|babangasan|tatapyasin|pupunitin|bubuhusan ng asido) ko (?:ang |yung |yang )?(?:mukha|bunganga|bibig|ulo|ngipin|panga|ilong|bungo|pagmumukha) (?:niya|nya|nila|mo|ng)\b",
        r"\b(?:bubugbugin|sasapakin|uupakan|babanatan|sasampalin|tatadyakan|sisipain|sasaksakin|tatagain|babarilin|kakatayin|gugulpihin|uumbagin|bubugbogin|hahampasin|kakalbuhin|sasabunutan|sasaktan|papaluin) ko (?:talaga |na |rin |lang )?(?:siya|sya|sila|kayo|ka|yung|ang|yang|'yang|iyang|yon|yun)\b",
        r"\bmagbabayad (?:siya|sya|sila) (?:sa (?:ginawa|lahat|panloloko|pananakit)|nang mahal|ng mahal)\b|\bmagbabayad (?:siya|sya|sila)[.!]*\s*$|\bpagbabayaran (?:niya|nya|nila|mo) (?:ito|to|'to|lahat|ang lahat|ang ginawa|yan|'yan)\b|\bpagbabayarin ko (?:siya|sya|sila|kayo)\b",
        _both(r"\balam ko (?:kung )?(?:saan|san) (?:siya|sya|sila|nakatira yung|nakatira ang) ?(?:nakatira|nagtatrabaho|nakatambay|naka ?park|umuuwi|tumutuloy|kabit|babae)?\b",
              r"\b(?:pupuntahan|puntahan|aabangan|abangan|hintayin|hihintayin|babalikan|magbabayad|pagsisisihan|sasaktan|papatayin|humanda|lagot|makikita (?:niya|nya)|dadalawin|susugurin|resbakan)\b"),
        r"\b(?:pagsisisihin|papagsisihin) ko (?:siya|sya|sila|ka|kayo)\b|\bsisiguraduhin ko(?:ng)? (?:na )?(?:pagsisisihan|magsisisi) (?:niya|nya|siya|sya)\b|\bpagsisisihan (?:niya|nya) na (?:ipinanganak|pinanganak) (?:siya|sya)\b",
        r"\bhumanda (?:siya|sya|sila|ka|kayo) (?:sa akin|sakin|saken)\b|\blagot (?:siya|sya|sila|ka|kayo) (?:sa akin|sakin|saken)\b|\bhumanda (?:siya|sya|sila)\b[.!]*\s*$",
        r"\b(?:ngayon|this time|sa pagkakataong ito|ngayong beses)\b[^.]{0,20}\b(?:hindi na|di na)\b[^.]{0,15}\b(?:salita|banta|puro salita|hanggang salita)\b|\bhindi na (?:ito|to|'to) (?:hanggang|puro) salita(?: lang)?\b",
        _unless(r"\b(?:abogado|attorney|papeles|dokumento|pipirma|pumirma|pirmahan|sunduin|susunduin|mag-usap)\b",
                r"\baabangan ko (?:siya|sya|sila|yung|ang|kayo|ka)\b|\b(?:hihintayin|aabangin|aabatan) ko (?:siya|sya|sila|yung|ang) (?:sa labas|paglabas|sa kanto|sa parking|sa tapat)\b(?=.*\b(?:bugbog|sapak|saksak|patay|humanda|lagot|kutsilyo|dos por dos|tubo)\w*)"),
        r"\b(?:bubugbugin|sasaksakin|babarilin|sasapakin|uupakan|gugulpihin|sasabunutan|kakalbuhin|tatagain|bubugbogin) ko\b(?! (?:ang|yung) (?:unan|bola|punching bag|kutson))",
        r"\bsusugurin ko (?:siya|sya|sila|yung|ang)\b|\b(?:pupuntahan|susugurin) ko (?:siya|sya|sila) (?:nang |ng |na )?may (?:dalang )?(?:kutsilyo|baril|itak|tubo|dos por dos|bato)\b",
    ],
    harassment=[
        r"(?<!hindi )(?<!di )(?<!hindi ka )\b(?:ang |napaka |sobrang |ang sobrang |ang kapal ng |ang laki ng )?" + _TL_INSULT + r" (?:mo|ka)\b(?! (?:ba|daw|raw|hissa|matlab|kya|kaam|mamla|scene|part|hai|h|tha|thi|he|ki|ke|ko|se|me|mein|liye|baad|bhi|saath|sath)\b)(?!ng)",
        r"(?<!hindi )(?<!di )(?<!hindi naman )\b(?:ikaw ay|ikaw ang|ikaw yung|ikaw) (?:isang )?(?:malaking )?(?:tanga|bobo|loser|talunan|biro|joke|peke|plastik|sinungaling|kahihiyan|basura|salot|pabigat|katawa-tawa)\b(?! (?:ba|daw|raw))",
        r"\b(?:putang ?ina|tang ?ina|tangina|putangina|pota|potangina|pakyu|fuck you|leche|lintik|hinayupak|punyeta|kupal|tae|bwisit|buwisit|peste) (?:mo|ka|ka talaga|kayo)\b",
        r"\b(?:nakakaawa|nakakasuka|nakakadiri|kadiri|nakakainis|nakakahiya) ka\b(?! (?:ba|daw))|\bnasusuka ako (?:sa ?yo|sa'yo|sa iyo|sayo)\b|\bnandidiri ako (?:sa ?yo|sa'yo|sa iyo|sayo)\b",
        r"(?<!hindi )(?<!di )\b(?:kaya ka|kaya naman ka|kaya ikaw ay|kaya ka nga|di na nakakapagtaka na|hindi na nakakapagtaka na|di nakakapagtaka|hindi nakakapagtaka|hindi nakakagulat|kaya pala) (?:\w+ ){0,3}?(?:iniwan|niloko|pinagpalit|ipinagpalit|pinagtaksilan|iniwanan|tinalikuran|ginago|binasura|hiniwalayan|nambabae|nanlalaki|nagloko)\b(?!.*\b(?:hindi (?:ito|yan|yun|iyon) ang dahilan)\b)",
        r"(?<!hindi )(?<!di )\b(?:kasalanan mo|sarili mong kasalanan|ikaw ang may kasalanan|ikaw may kasalanan|ikaw ang may sala)\b(?! (?:ba|daw|raw))|\bikaw ang dahilan kung bakit (?:ka|siya|sya) (?:niloko|iniwan|nambabae|nagloko)\b",
        r"\bbuti nga (?:sa ?yo|sa'yo|sa iyo|sayo)\b|\b(?:yan|'yan|iyan) ang napala mo\b|\b(?:ikaw|ikaw mismo) (?:ang )?(?:naghanap|humanap) (?:niyan|nyan|ng sakit ng ulo)\b",
        r"(?<!wag kang )(?<!huwag kang )(?<!wag ka )\b(?:mahiya ka|mahiya ka naman|wala kang hiya|walang hiya ka|walanghiya ka|nakakahiya ka|kahiya-hiya ka|hiyang hiya ako para " + _TL_SAYO + r"|makapal ang mukha mo)\b",
        r"(?<!na )(?<!mo )(?<!totoo )\b(?:walang may gusto " + _TL_SAYO + r"|walang nagkakagusto " + _TL_SAYO + r"|walang may pake " + _TL_SAYO + r"|walang pake " + _TL_SAYO + r"|walang may pakialam " + _TL_SAYO + r"|ayaw ka (?:ng lahat|naming lahat|dito)|walang nagtanong " + _TL_SAYO + r"|walang nagtatanong " + _TL_SAYO + r"|sino ba nagtanong " + _TL_SAYO + r")\b",
        _unless(_TL_SAID, r"\b(?:umalis ka (?:na )?(?:dito|sa group|sa gc)|lumayas ka|layas|alis ka (?:na )?dito|leave ka na sa gc)\b"),
        _unless(_TL_SAID + "|" + LAUGH, r"\b(?:tumahimik ka|manahimik ka|tumahimik ka nga|manahimik ka nga|shut up ka|tahimik ka|tumahimik ka na|itikom mo (?:ang |yang |yung )?(?:bibig|bunganga)|tikom bibig|sarado bibig|shut up)\b"),
        r"\b(?:tigilan|tigil|itigil) mo (?:na )?(?:ang |yang |yung |'yang )?(?:drama|pag-iinarte|pagiinarte|kaartehan|pagdadrama|pagpapaawa|pagmamaktol|paawa effect)\b|\bpaawa effect ka\b|\bang (?:arte|drama|oa|o\.a\.) mo\b",
        r"@\w+,? (?:ang |napaka |sobrang )?(?:tanga|bobo|boba|gaga|gago|ulol|plastik|peke|sinungaling|malandi|pokpok|puta|loser|talunan|pathetic|kadiri|nakakadiri|epal|hayop|pabigat|engot|inutil)(?: (?:mo|ka))?\b",
        r"\b(?:mga )?(?:bakla|bayot|bading|tomboy|muslim|moro|ita|baluga|intsik|negro)(?: na)? (?:salot|basura|hayop|demonyo|dapat mamatay|walang kwenta)\b|\bmga (?:salot na|hayop na) (?:bakla|bayot|muslim|moro|intsik|negro)\b",
        r"\bwala kang (?:kwenta|kuwenta|silbi|kwentang tao|utak)\b|\bwala kang karapatan (?:dito|magreklamo)\b",
    ],
    pos_crisis=[
        "gusto ko nang mamatay, hindi ko na kaya yung sakit",
        "ayoko nang mabuhay, wala na akong silbi",
        "mamayang gabi magpapakamatay na ako, desidido na ako",
        "mas masaya sila kung wala na ako, lalo na mga anak ko",
        "pabigat lang ako sa pamilya ko",
        "nakahanda na yung mga sleeping pills sa tabi ng kama ko",
        "paalam na. alagaan niyo ang mga anak ko, patawarin niyo ako",
        "hindi ko na kaya, gusto ko na lang mawala na",
        "sabi niya papatayin daw niya ako at kinakalampag niya ang pinto",
        "kinulong niya ako sa kwarto at kinuha ang cellphone ko",
        "iniisip ko na magpakamatay",
        "naglaslas ako ulit kagabi",
        "sana hindi na ako magising bukas",
        "handa na ang lahat, nasa mesa yung sulat para sa mga anak ko",
        "pag nabasa niyo ito, wala na ako",
    ],
    pos_violence=[
        "pag nakita ko ulit sila papatayin ko siya, promise",
        "babasagin ko ang mukha niya paglabas niya ng opisina",
        "sasabunutan ko yung kabit pag nakita ko",
        "magbabayad siya sa ginawa niya",
        "alam ko kung saan nakatira yung babae, pupuntahan ko bukas",
        "pagsisisihin ko siya sa panloloko niya",
        "ngayon hindi na puro salita lang",
        "aabangan ko siya sa labas ng bahay nila",
        "papatayin ko yung kabit, wala akong pake kung makulong ako",
        "bubugbugin ko siya pag lumapit siya sa mga anak ko",
        "humanda siya sa akin",
        "sasaksakin ko yung hayop na yun",
    ],
    pos_harassment=[
        "@joy ang tanga mo, ilang buwan ka nang umiiyak sa parehong bagay",
        "talunan ka, tanggapin mo na lang",
        "kaya ka iniwan, walang makakatiis sayo",
        "kasalanan mo kung bakit ka niloko, pinabayaan mo sarili mo",
        "mahiya ka naman, pinopost mo pa dito yan",
        "walang may gusto sayo dito, umalis ka na sa gc",
        "manahimik ka nga, walang nagtanong sayo",
        "plastik ka, puro imbento kwento mo",
        "nandidiri ako sayo at sa mga drama mo",
        "buti nga sayo, ang tanga mo kasi",
        "tigilan mo na yang pagpapaawa, nakakaawa ka",
        "tangina mo, ang kapal ng mukha mo",
    ],
    negative=[
        "ang kapal ng mukha niya, niloko niya ako ng tatlong taon",
        "ang tanga ko talaga para maniwala sa kanya",
        "mamatay ako sa kakatawa sa meme mo",
        "namatay ako sa tawa hahaha",
        "pinapatay ako ng trabaho ko, labindalawang oras ngayon",
        "dalawang taon na ang nakalipas gusto kong mamatay, ngayon nag-aaral na ako ulit",
        "hindi ka pabigat, salamat sa pag-share",
        "hindi mo kasalanan na niloko ka niya, desisyon niya yun",
        "ayoko nang mabuhay ng ganito kasama siya, magpa-file ako ng annulment",
        "wag kang mahiya, pinagdaanan naming lahat yan",
        "nasa labas siya ng bahay, kinukuha lang ang mga bata, okay lang",
        "papatayin ko muna yung ilaw bago matulog",
        "hindi ka tanga, nagtiwala ka lang",
        "huwag kang magpakamatay, nandito kami para sayo",
        "magbabayad siya ng sustento sabi ng korte",
        "sinungaling siya at duwag, galit ako sa ginawa niya",
    ],
)

# ==========================================================================
# further hand-written examples (negatives are checked against every language)
# ==========================================================================
_MORE = {
    'es': {
        'crisis': [
            'ya no le encuentro sentido a nada, solo pienso en morirme',
            'a veces pienso que lo mejor seria no despertar',
            'mis hijos estarian mejor sin una madre como yo',
            'tengo un bote de pastillas en la mano y no se que hacer',
            'perdon a todos, no aguanto mas. cuiden a mi hija',
            'me corte otra vez y no para de sangrar',
            'esta borracho, dice que me va a matar, estoy en el bano encerrada',
            'no quiero seguir aqui, quiero que se acabe todo',
            'voy a tirarme del puente esta noche',
            'estoy harta de vivir',
            'siento que sobro en este mundo',
            'llevo dias pensando en como hacerlo, ya tengo la cuerda',
            'no veo salida, lo unico que quiero es dejar de sufrir para siempre',
            'me he tomado un bote entero de pastillas',
            'si me pasa algo que alguien cuide de mi hijo. gracias por todo',
            'ahora mismo esta aporreando la puerta y grita que me va a matar',
            'me quiero morir ya',
            'no quiero vivir mas',
            'ya no quiero estar aqui, estoy cansada de todo y de todos, solo quiero morir',
            'esta noche me tomo todas las pastillas',
            'ya escribi las cartas para mis hijos',
            'estoy en el coche con la pistola de mi padre',
            'me ha amenazado con matarme si lo dejo y no me deja salir de casa',
        ],
        'violence': [
            'como lo vea le reviento la cabeza',
            'ojala se muera, y si no, lo mato yo',
            'voy a ir a su trabajo y le voy a dar de hostias',
            'ya me compre un cuchillo, se lo voy a clavar',
            'va a saber quien soy yo, se lo juro',
            'lo voy a matar a ese desgraciado',
            'a esa tipa la voy a dejar sin dientes',
            'lo voy a reventar a golpes',
            'juro por dios que lo mato',
            'que se prepare, voy a ir a por el',
            'le voy a partir la cara a su amante',
            'ese cabron no sale vivo de esta',
            'le voy a meter una paliza que se va a acordar toda la vida',
            'la espero en la puerta de su casa y le arranco los pelos',
            'voy a ir a buscarlo con un bate',
        ],
        'harassment': [
            'que pesada eres, siempre con lo mismo',
            'normal que te pusiera los cuernos, mirate',
            'no das pena, das asco',
            'a ver si te callas de una vez',
            '@lucia nadie te ha pedido opinion, metete en tus asuntos',
            'eres una amargada, por eso estas sola',
            'eres patetica, asi de claro',
            'nadie te cree, mentirosa',
            'eres un asco de persona',
            'tu lo que eres es una zorra',
            'con razon te enganaba, eres insoportable',
            'que ridicula eres, por favor',
            'das penita, en serio',
            'eres tan tonta que te mereces lo que te paso',
            'ojala tu marido te deje otra vez',
        ],
        'neg': [
            'mi ex me dijo callate y me fui llorando',
            'estoy muerta de cansancio',
            'me mata la espera de los resultados',
            'lo odio, ojala le vaya fatal',
            'quiero acabar con esta relacion de una vez',
            'me encerre en el bano a llorar un rato',
            'eres increible, gracias por tus palabras',
            'estoy harta, no puedo mas con el trabajo',
            'le voy a pegar una foto al mensaje',
            'voy a romper con el manana',
            'me quiero morir, que verguenza paso en la reunion',
            'con razon estas tan cansada, has pasado por mucho',
            'ella es una zorra y el un cerdo, ojala les vaya mal',
            'me muero de ganas de verte el sabado',
            'me mata que no conteste los mensajes',
            'estoy pensando en acabar con todo lo que me une a el',
            'hace un ano pense en suicidarme pero hoy estoy en terapia y bien',
            'tu no eres el problema, el es el que te engano',
            'dije que lo iba a matar pero era broma, ya estoy mas tranquila jaja',
            'ojala se pudra en el infierno',
            'te mando un abrazo enorme, no estas sola',
            'hoy me entere de que se acostaba con su companera de trabajo desde hace un ano',
            'la terapeuta me subio la dosis de sertralina, a ver si ayuda',
            'lo que mas me duele es que me mintio a la cara mil veces',
            'quiero que se muera de envidia cuando me vea feliz',
            'me dan ganas de matarlo cuando me habla con ese tono',
            'chicas, gracias por estar aqui, no se que haria sin ustedes',
            'es un mentiroso compulsivo y un cerdo',
            'anoche llore hasta quedarme dormida',
            'voy a dejarlo, ya no puedo seguir con alguien asi',
            'ella sabia que estaba casado y le dio igual, que asco de gente',
            'el dice que es mi culpa que el me enganara, que yo lo descuide',
            'me dijo que estoy loca y que nadie me va a querer',
            'hace cinco anos intente suicidarme, hoy celebro que sigo aqui',
            'si necesitas hablar escribeme, no estas sola, de verdad',
            'me tiene harta con sus mentiras, me muero de rabia',
            'voy a matar el tiempo viendo series',
            'quiero desaparecer unos dias y desconectar',
            'me he cortado el pelo muy corto, necesitaba un cambio',
            'que ridiculo fue todo, me rei mucho',
            'das buenos consejos, gracias',
            'el muy cabron no contesta',
            'te quiero mucho amiga',
            'eres muy valiente',
            'eres una luchadora',
            'te lo digo con carino, no estas sola',
            'le pego una foto del chat para que veais',
            'que te den el alta pronto, animo',
            'no puedo mas, el se fue de vacaciones sin mi',
            'tu estupido ex no te merece',
            'jajaja me mato, que bueno',
        ],
    },
    'fr': {
        'crisis': [
            "je pense a la mort tout le temps, je veux que tout s'arrete",
            "ce serait plus simple si je n'etais plus la",
            "j'ai pris une boite de cachets, je sais pas pourquoi j'ecris ici",
            "je n'ai plus la force de vivre",
            "il a un couteau et il hurle qu'il va me tuer",
            'je me suis refait du mal hier soir',
            'mes enfants seraient mieux sans moi',
            'je veux plus me reveiller',
            'je sers a rien, tout le monde serait soulage si je partais',
            "j'ai achete des lames ce matin",
            'je veux en finir ce soir',
            'il est bourre et il menace de me tuer, je suis enfermee dans la salle de bain',
            'je pense serieusement au suicide',
            "j'ai plus envie de rien, je veux juste mourir",
            "j'ai ecrit des lettres pour mes enfants, c'est fini pour moi",
            'je vais sauter du pont ce soir',
            "il me frappe et il dit qu'il va me tuer, j'ai peur",
        ],
        'violence': [
            'je vais la defoncer cette salope',
            "s'il revient je lui plante un couteau",
            'je vais aller chez lui et je vais le tabasser',
            'elle va le regretter amerement, je vais lui faire la peau',
            'je vais tuer ce mec',
            'je vais lui refaire le portrait',
            'je vais la buter cette pute',
            'il va me le payer tres cher',
            'je vais lui exploser la tete',
            'je vais lui arracher les yeux a cette garce',
            "je vais l'etrangler de mes propres mains",
            "s'il touche encore a ma fille je le descends",
        ],
        'harassment': [
            "t'es vraiment une pauvre fille",
            "arrete de chialer, t'es lourde",
            "normal qu'il t'ait trompee, regarde-toi",
            "personne t'a demande ton avis",
            'ferme-la un peu',
            'tu es la honte de ce groupe',
            "t'es qu'une sale menteuse",
            "t'es pitoyable ma pauvre",
            "pas etonnant qu'il soit parti, t'es chiante",
            'tu fais vraiment pitie',
            "t'es debile ou quoi",
            "t'es tellement nulle",
            'ferme ta gueule connasse',
        ],
        'neg': [
            "mon mari m'a dit ta gueule devant les enfants",
            'je suis morte de fatigue',
            'ca me tue de le voir heureux avec elle',
            "je le deteste, c'est un minable",
            "j'ai envie d'en finir avec ce mariage",
            'je veux disparaitre quelques jours a la mer',
            'tu es geniale, merci pour ton soutien',
            "je n'en peux plus de ce boulot",
            'il va payer le loyer ce mois-ci',
            'je vais frapper a sa porte pour recuperer mes affaires',
            "il m'a traitee de conne devant tout le monde",
            'je suis crevee ce soir',
            "c'est un salaud et elle une garce",
            "j'ai failli mourir de honte",
            "ce n'est pas de ta faute, vraiment",
            "tu n'es pas nulle du tout, tu es courageuse",
            "j'ai decouvert qu'il couchait avec sa collegue depuis un an",
            "ma psy a augmente la dose d'antidepresseurs",
            "il m'a menti en face pendant des annees",
            "j'ai envie de le tuer quand il me parle comme ca",
            "merci les filles d'etre la, vous me sauvez",
            "c'est un menteur et un porc",
            "j'ai pleure toute la nuit",
            "je vais le quitter, je ne peux plus vivre avec quelqu'un comme lui",
            "il dit que c'est ma faute s'il m'a trompee",
            "il m'a dit que j'etais folle et que personne ne voudrait de moi",
            "il y a cinq ans j'ai fait une tentative, aujourd'hui je vais bien",
            "si tu as besoin de parler ecris-moi, tu n'es pas seule",
            'je suis morte de rire devant ta reponse',
            'je tue le temps avec des series',
            'je veux disparaitre quelques jours a la campagne',
            'il est debile de faire ca',
            'je suis nulle en cuisine haha',
            'ferme la fenetre stp',
            'tu es tres forte',
            'tu es une battante',
            "t'es top",
            'il est nul',
            'je suis creve',
            "je n'en peux plus, ma vie est un chaos depuis qu'il est parti",
        ],
    },
    'de': {
        'crisis': [
            'meine kinder waren ohne mich besser dran',
            'ich habe eine packung tabletten vor mir liegen',
            'ich habe keine kraft mehr zu leben',
            'er ist betrunken, hat ein messer und sagt er bringt mich um',
            'ich denke jeden tag daran, mich umzubringen',
            'ich mochte einfach nicht mehr aufwachen',
            'ich mochte nicht mehr aufwachen',
            'es ware fur alle besser, wenn ich nicht mehr da ware',
            'ich habe mir heute rasierklingen gekauft',
            'ich will mich umbringen',
            'er tritt gegen die tur und schreit, dass er mich umbringt',
            'ich will nicht mehr, ich kann nicht mehr, ich will sterben',
            'ich werde heute nacht von der brucke springen',
            'er schlagt mich und sagt, er bringt mich um, ich habe angst',
        ],
        'violence': [
            'ich schlag ihn tot',
            'der schlampe hau ich eine rein',
            'ich fahr zu ihm und mach ihn fertig',
            'ich werde ihn abstechen',
            'die wird sich noch wundern, ich weiss wo sie wohnt und ich komme vorbei',
            'ich werde ihn toten',
            'ich hau der schlampe eine rein',
            'ich mach sie kalt',
            'der kriegt von mir so eine tracht prugel',
            'ich bring die schlampe um',
            'den typen mach ich fertig',
            'ich werde ihm die fresse polieren',
        ],
        'harassment': [
            'du bist so eine heulsuse',
            'kein wunder, dass dein mann fremdgeht',
            'halt doch einfach mal die fresse',
            'du nervst alle hier, niemand mag dich',
            'schamst du dich nicht?',
            'du bist echt das letzte',
            'du bist so armselig',
            'du heulsuse',
            'selber schuld, wenn du ihm alles glaubst',
            'geh sterben',
            'du bist so dumm',
            'du bist echt peinlich',
            'halts maul',
        ],
        'neg': [
            'er hat zu mir gesagt halt die klappe',
            'ich bin todmude',
            'es bringt mich um, ihn mit ihr zu sehen',
            'ich hasse ihn, er ist ein widerling',
            'ich will die ehe beenden',
            'ich kann nicht mehr schlafen seit er weg ist',
            'du bist toll, danke fur deine worte',
            'ich warte auf ihn vor seiner wohnung um die kinder abzuholen',
            'er ist ein arschloch und sie eine schlampe',
            'ich bin fix und fertig',
            'ich schame mich so fur ihn',
            'du bist nicht schuld daran',
            'wir sind alle fur dich da',
            'ich habe herausgefunden, dass er seit einem jahr mit seiner kollegin schlaft',
            'meine therapeutin hat die dosis erhoht',
            'er hat mir jahrelang ins gesicht gelogen',
            'ich konnte ihn umbringen, wenn er so mit mir redet',
            'danke, dass ihr da seid, ihr rettet mich',
            'er ist ein lugner und ein schwein',
            'ich habe die ganze nacht geweint',
            'ich verlasse ihn, ich kann so nicht mehr leben',
            'er sagt, es ist meine schuld, dass er fremdgegangen ist',
            'er hat gesagt, ich sei verruckt und niemand wurde mich wollen',
            'vor funf jahren habe ich versucht mich umzubringen, heute geht es mir gut',
            'wenn du reden willst, schreib mir, du bist nicht allein',
            'ich schlag die zeit mit serien tot',
            'ich will fur ein paar tage verschwinden und abschalten',
            'ich bin so dumm gewesen ihm zu glauben',
            'das war echt peinlich fur mich',
            'halt die ohren steif',
            'du bist so stark',
            'du bist nicht allein',
            'du bist ein schatz',
            'er ist ein versager',
            'er ist selbst schuld, dass sie ihn verlassen hat',
            'ich kann nicht mehr. ich will nicht mehr so leben mit ihm',
            'ich kann nicht mehr, er ist ohne mich in urlaub gefahren',
        ],
    },
    'it': {
        'crisis': [
            'non ha piu senso niente, penso solo a morire',
            'i miei figli starebbero meglio senza una madre come me',
            'ho una scatola di pillole in mano',
            'non ho piu la forza di vivere',
            'e ubriaco, ha un coltello e urla che mi ammazza',
            'vorrei addormentarmi e non svegliarmi piu',
            'vorrei morire',
            'sarebbe meglio per tutti se non ci fossi',
            'ho comprato delle lamette stamattina',
            'ho preso tutte le pillole che avevo',
            'non voglio piu vivere, voglio morire',
            'stanotte mi butto dal ponte',
            'mi picchia e dice che mi ammazza, ho paura',
        ],
        'violence': [
            'giuro che lo ammazzo',
            'a quella le spacco la faccia',
            'vado a casa sua e lo riempio di botte',
            'lo faccio fuori',
            'lo ammazzo di botte',
            'le faccio fare una brutta fine',
            'gli faccio saltare i denti',
            'quella troia la ammazzo',
            'lo riempio di botte',
            'gli spacco la testa',
        ],
        'harassment': [
            'sei solo una poveraccia',
            'per forza ti ha tradita, guardati',
            'ma stai zitta',
            'nessuno ti ha chiesto niente',
            'fai ridere i polli',
            'sei una poveretta',
            'fai pena davvero',
            'te lo meriti che ti ha tradita',
            'sei ridicola',
            'sei una stupida',
            'chiudi quella bocca',
        ],
        'neg': [
            'mi ha detto stai zitta davanti ai bambini',
            'sono morta di stanchezza',
            'mi uccide vederlo felice con lei',
            'lo odio, e un verme',
            'voglio farla finita con questo matrimonio',
            'sei fantastica, grazie',
            'non ce la faccio piu con questo lavoro',
            'e uno stronzo e lei una troia',
            'sono distrutta',
            'non e colpa tua',
            'ti siamo vicine',
            'ho scoperto che andava a letto con la collega da un anno',
            'la psichiatra mi ha aumentato la dose',
            'mi ha mentito in faccia per anni',
            'quando mi parla cosi lo ucciderei',
            'grazie ragazze di esserci',
            'e un bugiardo e un porco',
            'ho pianto tutta la notte',
            'lo lascio, non posso piu vivere con uno cosi',
            'dice che e colpa mia se mi ha tradita',
            'mi ha detto che sono pazza e che nessuno mi vorra',
            'cinque anni fa ho tentato il suicidio, oggi sto bene',
            'se hai bisogno di parlare scrivimi, non sei sola',
            'ammazzo il tempo guardando serie',
            'che ridicola situazione',
            'sono stata stupida a credergli',
            'chiudi la finestra per favore',
            'sei mesi fa ho scoperto tutto',
            'sei una persona splendida',
            'sei forte, ce la farai',
            'gli ho detto che me ne vado',
            'non ce la faccio piu a vivere cosi con lui',
            'non e vero che non vali niente',
        ],
    },
    'pt': {
        'crisis': [
            'so penso em morrer, nada mais faz sentido',
            'meus filhos estariam melhor sem uma mae como eu',
            'tenho uma caixa de remedios na mao',
            'nao tenho mais forcas pra viver',
            'ele ta bebado com uma faca dizendo que vai me matar',
            'queria dormir e nunca mais acordar',
            'to pensando em me matar',
            'queria morrer',
            'seria melhor pra todo mundo se eu sumisse',
            'comprei laminas hoje',
            'tomei todos os remedios da caixa',
            'eu quero morrer',
            'vou me jogar da ponte hoje',
            'ele me bate e disse que vai me matar, to com medo',
        ],
        'violence': [
            'juro que mato ele',
            'vou quebrar a cara daquela vagabunda',
            'vou la e encho ele de porrada',
            'vou matar esse desgracado',
            'vou matar aquela vagabunda',
            'vou acabar com ele na porrada',
            'ela vai se ver comigo',
            'vou matar aquela piranha',
            'vou arrebentar a cara dele',
            'vou dar uma surra nela',
        ],
        'harassment': [
            'voce e uma coitada',
            'por isso ele te chifrou, se olha no espelho',
            'cala boca',
            'ninguem te perguntou nada',
            'vc e muito chata, ninguem aguenta',
            'voce e ridicula',
            'ce e muito burra',
            'bem feito pra voce',
            'voce e burra',
            'vc e patetica',
            'cala a boca sua idiota',
        ],
        'neg': [
            'ele me mandou calar a boca',
            'to morta de cansaco',
            'me mata ver ele feliz com ela',
            'odeio ele, e um verme',
            'quero acabar com esse casamento',
            'voce e incrivel, obrigada',
            'nao aguento mais esse trabalho',
            'ele e um canalha e ela uma vadia',
            'to acabada hoje',
            'a culpa nao e sua',
            'estamos com voce',
            'descobri que ele dormia com a colega ha um ano',
            'a psiquiatra aumentou a dose do remedio',
            'ele mentiu na minha cara por anos',
            'da vontade de matar ele quando fala assim comigo',
            'obrigada meninas por estarem aqui',
            'ele e um mentiroso e um porco',
            'chorei a noite toda',
            'vou largar ele, nao da pra viver com alguem assim',
            'ele diz que a culpa e minha por ele ter me traido',
            'ele disse que sou louca e que ninguem vai me querer',
            'ha cinco anos tentei me matar, hoje estou bem',
            'se precisar conversar me chama, voce nao esta sozinha',
            'to matando o tempo vendo serie',
            'fui burra de acreditar nele',
            'que situacao patetica',
            'cala boca, que saudade de voces haha',
            'voce e muito forte',
            'voce e incrivel, amiga',
            'te entendo demais',
            'ele e uma piada, ne',
            'nao aguento mais essa vida de mentiras',
            'nao e verdade que voce nao vale nada',
        ],
    },
    'pl': {
        'crisis': [
            'mysle tylko o smierci',
            'moje dzieci mialyby lepiej beze mnie',
            'mam w reku opakowanie tabletek',
            'nie mam sily zyc',
            'jest pijany, ma noz i krzyczy ze mnie zabije',
            'chcialabym sie nie obudzic',
            'najlepiej by bylo, gdybym umarla',
            'kupilam dzis zyletki',
            'lyknelam wszystkie tabletki',
            'nie chce zyc',
            'chce umrzec',
            'skocze dzis z mostu',
            'bije mnie i mowi, ze mnie zabije, boje sie',
        ],
        'violence': [
            'przysiegam ze go zabije',
            'tej szmacie rozwale morde',
            'pojade do niego i go spiore',
            'zajebie go',
            'zabije te szmate',
            'obije mu ryj',
            'on jeszcze pozaluje, spale mu auto i polamie nogi',
            'zabije ja',
            'rozwale mu glowe',
            'spiore go na kwasne jablko',
        ],
        'harassment': [
            'jestes zalosna baba',
            'nic dziwnego ze maz cie zdradza',
            'zamknij morde',
            'nikt cie nie pytal o zdanie',
            'jestes glupia',
            'ty szmato',
            'dobrze ci tak',
            'jestes glupia jak but',
            'jestes zenujaca',
            'zamknij sie idiotko',
        ],
        'neg': [
            'powiedzial mi zamknij sie przy dzieciach',
            'jestem padnieta',
            'zabija mnie widok ich razem',
            'nienawidze go, to gnoj',
            'chce skonczyc z tym malzenstwem',
            'jestes wspaniala, dziekuje',
            'on to swinia a ona szmata',
            'jestem wykonczona',
            'to nie twoja wina',
            'jestesmy z toba',
            'dowiedzialam sie, ze od roku sypia z kolezanka z pracy',
            'psychiatra zwiekszyla mi dawke',
            'klamal mi w oczy przez lata',
            'mam ochote go zabic, jak tak do mnie mowi',
            'dziekuje dziewczyny, ze jestescie',
            'to klamca i swinia',
            'plakalam cala noc',
            'odchodze od niego, nie da sie zyc z kims takim',
            'mowi, ze to moja wina, ze mnie zdradzil',
            'powiedzial, ze jestem wariatka i nikt mnie nie zechce',
            'piec lat temu probowalam sie zabic, dzis jest dobrze',
            'jesli chcesz pogadac, napisz, nie jestes sama',
            'zabijam czas serialami',
            'bylam glupia, ze mu wierzylam',
            'to bylo zenujace',
            'zamknij okno prosze',
            'jestes silna',
            'jestes wspaniala kobieta',
            'ty dasz rade',
            'on jest zerem dla mnie',
            'nie daje rady, zycie z nim to koszmar',
            'nie jestes nikim, jestes wazna',
        ],
    },
    'nl': {
        'crisis': [
            'ik denk alleen nog maar aan dood gaan',
            'mijn kinderen zijn beter af zonder een moeder zoals ik',
            'ik heb een doos pillen in mijn hand',
            'ik heb de kracht niet meer om te leven',
            'hij is dronken, heeft een mes en roept dat hij me gaat vermoorden',
            'het zou voor iedereen beter zijn als ik er niet meer was',
            'ik heb vandaag scheermesjes gekocht',
            'ik heb al mijn pillen ingenomen',
            'ik wil niet meer',
            'ik wil dood',
            'ik spring vannacht van de brug',
            'hij slaat me en zegt dat hij me gaat vermoorden, ik ben bang',
        ],
        'violence': [
            'ik zweer dat ik hem vermoord',
            'dat wijf sla ik in elkaar',
            'ik ga naar hem toe en sla hem verrot',
            'ik maak die trut af',
            'ik sla hem helemaal verrot',
            'die gast gaat het bezuren',
            'ik maak hem af',
            'ik sla haar in elkaar',
            'ik trap zijn kop in',
        ],
        'harassment': [
            'je bent echt een zielig figuur',
            'geen wonder dat je man vreemdgaat',
            'kop houden',
            'niemand vroeg om jouw mening',
            'je bent zo dom',
            'jij trut',
            'eigen schuld',
            'je bent zo dom',
            'je bent echt zielig',
            'hou je bek',
        ],
        'neg': [
            'hij zei hou je mond tegen mij',
            'ik ben doodmoe',
            'het maakt me kapot om ze samen te zien',
            'ik haat hem, hij is een eikel',
            'ik wil een eind maken aan dit huwelijk',
            'je bent geweldig, dank je',
            'hij is een klootzak en zij een slet',
            'ik ben kapot',
            'het is niet jouw schuld',
            'we zijn er voor je',
            'ik kwam erachter dat hij al een jaar met zijn collega naar bed gaat',
            'mijn psychiater heeft de dosis verhoogd',
            'hij heeft jarenlang tegen me gelogen',
            'ik kan hem wel vermoorden als hij zo tegen me praat',
            'dank jullie dat jullie er zijn',
            'hij is een leugenaar en een varken',
            'ik heb de hele nacht gehuild',
            'ik ga bij hem weg, met zo iemand kan ik niet leven',
            'hij zegt dat het mijn schuld is dat hij vreemdging',
            'hij zei dat ik gek ben en dat niemand me wil',
            'vijf jaar geleden heb ik een poging gedaan, nu gaat het goed',
            'als je wilt praten, stuur me een bericht, je bent niet alleen',
            'ik sla de tijd dood met series',
            'ik was dom om hem te geloven',
            'wat zielig voor je, sterkte',
            'hou je haaks',
            'je bent zo sterk',
            'je bent echt een topper',
            'jij bent niet zielig',
            'ik ben klaar met hem',
            'ik kan niet meer, dit leven met hem is een hel',
            'ik kan niet meer, ik heb last van mijn rug',
        ],
    },
    'ro': {
        'crisis': [
            'ma gandesc doar la moarte',
            'copiii mei ar fi mai bine fara o mama ca mine',
            'am o cutie de pastile in mana',
            'nu mai am putere sa traiesc',
            'e beat, are un cutit si urla ca ma omoara',
            'ar fi mai bine pentru toti daca n-as mai fi',
            'am cumparat lame azi',
            'am luat toate pastilele',
            'vreau sa mor',
            'vreau sa mor',
            'ma arunc de pe pod la noapte',
            'ma bate si zice ca ma omoara, mi-e frica',
        ],
        'violence': [
            'jur ca il omor',
            'ii sparg capul nenorocitului',
            'ma duc la el si il bat de moarte',
            'o omor pe curva aia',
            'il fac praf in bataie',
            'o sa-i rup oasele',
            'o omor pe nenorocita',
            'ii sparg capul',
            'il bat de moarte',
        ],
        'harassment': [
            'esti o proasta',
            'normal ca te-a inselat, uita-te la tine',
            'taci naibii',
            'nu te-a intrebat nimeni',
            'esti proasta rau',
            'taci, proasto',
            'asa-ti trebuie',
            'esti proasta',
            'esti penibila',
            'taci din gura proasto',
        ],
        'neg': [
            'mi-a zis taci in fata copiilor',
            'sunt moarta de oboseala',
            'ma omoara sa-l vad fericit cu ea',
            'il urasc, e un nenorocit',
            'vreau sa termin cu casnicia asta',
            'esti minunata, multumesc',
            'el e un porc si ea o curva',
            'sunt terminata',
            'nu e vina ta',
            'suntem aici pentru tine',
            'am aflat ca se culca cu colega de un an',
            'psihiatra mi-a marit doza',
            'm-a mintit in fata ani de zile',
            'imi vine sa-l omor cand imi vorbeste asa',
            'multumesc fetelor ca sunteti aici',
            'e un mincinos si un porc',
            'am plans toata noaptea',
            'il parasesc, nu pot trai cu cineva ca el',
            'zice ca e vina mea ca m-a inselat',
            'mi-a zis ca sunt nebuna si ca nimeni nu ma va vrea',
            'acum cinci ani am incercat sa ma sinucid, azi sunt bine',
            'daca vrei sa vorbesti scrie-mi, nu esti singura',
            'omor timpul cu seriale',
            'am fost proasta sa-l cred',
            'situatia a fost penibila',
            'inchide geamul te rog',
            'o sa fie bine, esti puternica',
            'o iubesc pe fiica mea mai mult decat orice',
            'il iubesc inca si ma doare',
            'esti o femeie puternica',
            'ii spun maine ca vreau divort',
            'o sun pe mama diseara',
            'nu mai pot, viata mea e un haos de cand a plecat',
            'nu faci nimic gresit, draga',
        ],
    },
    'hi': {
        'crisis': [
            'bas marne ka hi sochti rehti hu',
            'mere bachche mere bina zyada khush rahenge',
            'haath me goliyon ka patta hai',
            'jeene ki himmat nahi bachi',
            'wo nashe me hai, chaku leke keh raha hai mujhe maar dalega',
            'main suicide karna chahti hu',
            'sabke liye achha hoga agar main na rahu',
            'aaj blade khareed liya',
            'saari goliyan kha li maine',
            'mujhe marna hai',
            'main marna chahti hu',
            'aaj raat pul se kud jaungi',
            'wo mujhe maarta hai aur bolta hai jaan se maar dega, mujhe dar lag raha hai',
        ],
        'violence': [
            'kasam se usko maar dunga',
            'us kutiya ka muh tod dungi',
            'uske ghar jaake usko peetunga',
            'us randi ko maar dalungi',
            'uski haddi tod dunga',
            'usko chhodunga nahi, jaan le lunga uski',
            'usko maar dalungi',
            'uska sar phod dunga',
            'usko itna peetunga',
        ],
        'harassment': [
            'tu bahut pagal hai',
            'isiliye tera pati tujhe chhod gaya',
            'chup kar be',
            'kisi ne tujhse pucha nahi',
            'tu bewakoof hai',
            'tum pagal ho kya, sharam karo',
            'teri galti hai',
            'tu pagal hai',
            'tum bahut ghatiya ho',
            'chup kar pagal',
        ],
        'neg': [
            'usne mujhe chup kar bola bachon ke saamne',
            'thak ke mar gayi aaj',
            'usko uske saath dekh ke jaan nikal jaati hai',
            'main usse nafrat karti hu, wo kamina hai',
            'ye shaadi khatam karna chahti hu',
            'tum bahut achhi ho, thank you',
            'wo kutta hai aur wo randi',
            'main thak gayi hu',
            'tumhari galti nahi hai',
            'hum tumhare saath hai',
            'pata chala ki wo ek saal se apni colleague ke saath so raha tha',
            'doctor ne dawai ki dose badha di',
            'usne saalon tak mere muh pe jhooth bola',
            'jab wo aise baat karta hai to gussa aata hai',
            'thank you sab log yahan hone ke liye',
            'wo jhootha aur gira hua insaan hai',
            'poori raat roti rahi',
            'main usse alag ho rahi hu, aise insaan ke saath nahi reh sakti',
            'wo kehta hai meri galti hai ki usne cheat kiya',
            'usne bola main pagal hu aur mujhe koi nahi apnayega',
            'paanch saal pehle maine suicide try kiya tha, ab main theek hu',
            'baat karni ho to message karna, tum akeli nahi ho',
            'time pass ke liye series dekh rahi hu',
            'main pagal thi jo usko maana',
            'bahut ghatiya situation thi',
            'khidki band kar do please',
            'ye sab uske drama ka hissa tha',
            'uska joke ka matlab samajh nahi aaya',
            'tu bata na kya hua',
            'tum bahut strong ho, main proud hu tumpe',
            'uski galti hai, tumhari nahi',
            'mujhe bhi aisa hi lagta tha',
            'kal therapy ka session tha, accha laga',
            'wo pagal hai kya jo aisa kiya',
            'sab khatam ho gaya hamare beech',
            'main usse baat nahi karungi ab',
            'ab bas, uske saath jeena mushkil hai',
            'ab bas, sar dard ki goli le li',
            'ab bas, ye rishta khatam kar dungi',
            'tum mazak kar rahi ho kya',
            'tum ganda mat socho',
            'uski photos jala dungi',
            'isko khatam kar dungi aaj, project ka kaam',
        ],
    },
    'tl': {
        'crisis': [
            'puro kamatayan na lang ang naiisip ko',
            'mas okay ang mga anak ko kung wala na ako',
            'may hawak akong isang banig ng gamot',
            'wala na akong lakas para mabuhay',
            'lasing siya, may kutsilyo at sinasabi niyang papatayin niya ako',
            'mas mabuti sa lahat kung wala na ako',
            'bumili ako ng blade kanina',
            'ininom ko lahat ng gamot',
            'gusto ko nang mamatay',
            'gusto ko nang mamatay',
            'tatalon ako sa tulay mamaya',
            'binubugbog niya ako at sabi niya papatayin niya ako, takot na takot ako',
        ],
        'violence': [
            'promise papatayin ko talaga siya',
            'yung kabit na yun, babasagin ko ang mukha niya',
            'pupuntahan ko siya at bubugbugin ko',
            'papatayin ko yung malanding yun',
            'babasagin ko ang bungo niya',
            'makikita niya, sasaktan ko siya',
            'papatayin ko siya',
            'babasagin ko mukha niya',
            'bubugbugin ko yung lalaking yun',
        ],
        'harassment': [
            'ang bobo mo talaga',
            'kaya ka niloko ng asawa mo, tingnan mo sarili mo',
            'tumahimik ka na lang',
            'walang nagtanong sayo',
            'ang tanga tanga mo',
            'gago ka',
            'buti nga sayo',
            'ang tanga mo',
            'bobo ka',
            'manahimik ka',
        ],
        'neg': [
            'sinabi niya sa akin tumahimik ka sa harap ng mga bata',
            'patay na patay ako sa pagod',
            'parang pinapatay ako tuwing nakikita ko silang magkasama',
            'galit ako sa kanya, hayop siya',
            'gusto ko nang tapusin ang kasal namin',
            'ang galing mo, salamat',
            'gago siya at malandi yung babae',
            'pagod na pagod ako sa trabaho',
            'hindi mo kasalanan',
            'nandito kami para sayo',
            'nalaman ko na isang taon na pala silang nagsasama ng officemate niya',
            'tinaasan ng psychiatrist ang dose ng gamot ko',
            'nagsinungaling siya sa harap ko nang ilang taon',
            'salamat sa inyo, buti nandito kayo',
            'sinungaling siya at baboy',
            'umiyak ako buong gabi',
            'iiwan ko na siya, hindi ko kayang mabuhay kasama ang ganyang tao',
            'sabi niya kasalanan ko daw kung bakit siya nambabae',
            'sabi niya baliw daw ako at walang magmamahal sa akin',
            'limang taon na ang nakalipas nagtangka akong magpakamatay, okay na ako ngayon',
            'kung gusto mong kausap, message mo lang ako, hindi ka nag-iisa',
            'pampalipas oras lang ang panonood ng series',
            'ang tanga ko para maniwala',
            'bobo ng ginawa niya',
            'isara mo ang bintana please',
            'ang bait mo talaga, salamat',
            'ang lakas mo, proud ako sayo',
            'hindi ka nag-iisa dito',
            'kaya mo yan, laban lang',
            'ang drama niya kagabi, nakakapagod',
            'gusto ko lang mag-share ng nangyari',
            'okay lang yan, iiyak mo lang',
            'hindi ko na kaya, sobrang sakit ng buhay ko ngayon',
            'pagod na ako, uminom ako ng gamot sa sakit ng ulo',
            'hindi ikaw ang tanga dito, siya',
            'ano napala mo sa kanya diba',
        ],
    },
}
for _lg, _d in _MORE.items():
    for _lab in ("crisis", "violence", "harassment"):
        POSITIVE.extend((_lab, _lg, _t) for _t in _d[_lab])
    NEGATIVE.extend((_lg, _t) for _t in _d["neg"])


# ==========================================================================
# oblique warning signs and concrete plans (negatives are checked against every language)
# ==========================================================================
# crisis: others better off or suffering less "if I just vanished" (for good); affairs
#   settled (a will, a pet, spare keys, letters) with a sudden calm or a goodbye; a pet
#   given away for ever with no reason given.
# violence: waiting outside his or her work or home with a weapon, or one already in the
#   car or bag; going there with a knife, a bat or backup; "this time he won't leave on
#   his own legs"; "if I find you I'll smash you".
# harassment: names called at an @member ("@bia sua sonsa mentirosa").
# Plans need a weapon, a person and a place or time; sport, moving house, holidays, the
# lawyer, a parent's will and reasons given ("because the new flat...") keep a rule quiet.
# Per language: _W weapons; _CALM_NEG moving, holidays, a sitter, the lawyer, a parent's will,
# the past; _PET / _HANDED a pet, keys or letters handed over; _NOT_THREAT sport, cooking,
# papers and someone else's words; _CUE "this time", "he'll see", "in an ambulance".
_ES_W = r"(?:cuchillo|navaja|bate|pistola|arma|escopeta|machete|martillo|hacha|barra de hierro|porra|bidon de gasolina|acido)"
_ES_CALM_NEG = (r"\b(?:mudanza|mudarme|me mudo|nos mudamos|piso nuevo|casa nueva|vacaciones|viaje|boda|divorcio|separacion|"
                r"abogad[oa]|notari[oa]|hipoteca|herencia|(?:testamento|seguro) de (?:mi|su) (?:madre|padre|abuel[oa]|suegr[oa]|tia|tio)|"
                r"(?:madre|padre|abuel[oa]|suegr[oa]|padres|abuelos) (?:hizo|hicieron|ha hecho|firmo|cambio|dejo|tiene)|"
                r"hace (?:\w+ )?(?:anos|meses|tiempo)|cuidador[a]?|residencia canina|guarderia|unos dias|una semana|fin de semana|"
                r"quince dias|mientras (?:estoy|este|estemos))\b")
_ES_HANDED = (r"\b(?:le |les )?(?:he )?(?:dejado|deje|dado|di|regalado|regale|llevado|lleve|entregado|entregue) "
              r"(?:a )?(?:el|mi|la|los|mis|las) (?:perr[oa]s?|gat[oa]s?|mascotas?|perrit[oa]s?|gatit[oa]s?|llaves)\b|"
              r"\b(?:he )?(?:escrito|escribi|dejado|deje) (?:las |una |unas |mis )?cartas? (?:para|a) (?:mis?|la|el|los|las) ")
_ES_PET = (r"\b(?:le |les )?(?:he )?(?:dado|di|dejado|deje|regalado|regale|llevado|lleve|entregado|entregue) "
           r"(?:a )?(?:el|mi|la|los|mis) (?:perr[oa]s?|gat[oa]s?|mascotas?|perrit[oa]s?|gatit[oa]s?)\b")
_ES_NOT_THREAT = (r"\b(?:picnic|merienda|entreno|entrenamiento|partido|beisbol|softbol|liga|torneo|cocina|cocinar|cortar|pelar|jamon|pan|"
                  r"tarta|carne|filete|camping|acampada|excursion|pesca|caza|abogad[oa]|papeles|documentos|firmar|notari[oa]|"
                  r"dijo|dice|decia|amenaz\w*|de juguete|de agua|mudanza|muebles|mis cosas|recoger)\b")
_ES_CUE = (r"\besta vez\b|\bse va a enterar\b|\bva a saber\b|\bya vera\b|\bque se prepare\b|\bno se corten\b|"
           r"\bajustar cuentas\b|\buna (?:charla|visita|leccion)\b|\bpor su (?:propio )?pie\b|\ben camilla\b|"
           r"\bno (?:va a poder|podra) (?:andar|caminar)\b|\bun buen susto\b")

_FR_W = (r"(?:couteau|batte|batte de baseball|flingue|arme|pistolet|fusil|hache|marteau|barre de fer|pied-de-biche|"
         r"cran d'arret|acide|bidon d'essence)")
_FR_CALM_NEG = (r"\b(?:demenag\w*|nouvel appart\w*|nouvelle maison|vacances|voyage|mariage|divorce|separation|avocat\w*|notaire|"
                r"heritage|testament de (?:ma |mon )?(?:mere|pere|grand-mere|grand-pere|mamie|papi|parents|belle-mere)|"
                r"(?:mere|pere|mamie|papi|parents) (?:a|ont|avait) (?:fait|ecrit|change) (?:son |leur )?testament|"
                r"il y a (?:\w+ )?(?:ans|mois)|pension (?:pour )?(?:chiens|chats|animaux)|pet ?sitter|garde d'animaux|"
                r"quelques jours|une semaine|week-end|weekend|pendant (?:que je|mes vacances))\b")
_FR_PET = (r"\bj(?:'| )?ai (?:donne|confie|laisse|amene|emmene|depose|offert|place) (?:mon|ma|mes|le|la|les|notre) (?:chien|chat|"
           r"chatte|chienne|chats|chiens|chiot|chaton|lapin)\b")
_FR_HANDED = (_FR_PET + r"|\bj(?:'| )?ai (?:donne|confie|laisse|depose) (?:mes|les) (?:cles|doubles des cles)\b|"
              r"\bj(?:'| )?ai (?:ecrit|laisse) (?:une |des |mes |la |les )?lettres? (?:pour|a) ")
_FR_NOT_THREAT = (r"\b(?:pique-nique|picnic|entrainement|match|equipe|baseball|cuisine|cuisiner|couper|pain|gateau|viande|legumes|camping|peche|"
                  r"chasse|avocat\w*|papiers|documents|signer|notaire|m'a dit|m a dit|a dit|menace\w*|jouet|pistolet a eau|"
                  r"demenagement|meubles|mes affaires|recuperer|parler|discuter)\b")
_FR_CUE = (r"\bcette fois\b|\bquand je (?:le|la) (?:vois|croise|verrai|croiserai)\b|\bsur ses (?:deux )?jambes\b|\ben ambulance\b|"
           r"\bsur une civiere\b|\bune lecon\b|\bva (?:le )?regretter\b|\bune petite visite\b|\bpas (?:que )?des mots\b")

_DE_W = (r"(?:messer|baseballschlager|schlagstock|knuppel|waffe|pistole|axt|beil|hammer|eisenstange|brechstange|benzinkanister|"
         r"saure|totschlager|schlagring)")
_DE_CALM_NEG = (r"\b(?:umzug|umziehen|ziehe um|neue wohnung|urlaub|reise|hochzeit|scheidung|trennung|anwalt|anwaltin|notar\w*|"
                r"erbschaft|(?:testament|versicherung) (?:meiner|meines|von meiner|von meinem) (?:mutter|vaters?|oma|opas?|eltern|"
                r"schwiegermutter)|(?:mutter|vater|oma|opa|eltern) (?:hat|haben|hatte|hatten) (?:\w+ )?testament|"
                r"vor (?:\w+ )?(?:jahren|monaten)|tiersitter\w*|hundesitter\w*|katzensitter\w*|tierpension|hundepension|"
                r"ein paar tage|eine woche|zwei wochen|wochenende|solange ich|wahrend ich)\b")
_DE_HANDED = (r"\b(?:ich )?(?:habe|hab) (?:heute |gestern |jetzt |schon )?(?:meinen|meine|mein|den|die|das|unseren|unsere) "
              r"(?:hund|katze|kater|katzen|hunde|schlussel|ersatzschlussel|wohnungsschlussel)\b[^.]{0,50}\b(?:gebracht|gegeben|"
              r"abgegeben|uberlassen|geschenkt|vorbeigebracht|weggegeben)\b|\b(?:ich )?(?:habe|hab) (?:\w+ ){0,3}(?:abschiedsbriefe?|"
              r"briefe? (?:an|fur) (?:meine|meinen|die|den)(?: \w+)?) (?:\w+ ){0,3}geschrieben\b")
_DE_PET = (r"\b(?:ich )?(?:habe|hab) (?:heute |gestern |jetzt |schon )?(?:meinen|meine|mein|den|die|das|unseren|unsere) "
           r"(?:hund|katze|kater|katzen|hunde|hundchen|katzchen|kaninchen|haustier)\b[^.]{0,50}\b(?:gebracht|gegeben|abgegeben|"
           r"uberlassen|geschenkt|vorbeigebracht|weggegeben)\b")
_DE_NOT_THREAT = (r"\b(?:picknick|training|verein|spiel|turnier|kuche|kochen|schneiden|brot|kuchen|fleisch|gemuse|camping|zelten|angeln|"
                  r"jagd|anwalt|anwaltin|papiere|unterlagen|dokumente|unterschreiben|notar|sagte|gesagt|sagt er|sagt sie|droht|"
                  r"gedroht|spielzeug|wasserpistole|umzug|mobel|meine sachen|abholen|aussprache)\b|\bum (?:\w+ ){0,3}zu (?:reden|sprechen)\b")
_DE_CUE = (r"\bdiesmal\b|\bdieses mal\b|\bwenn ich (?:ihn|sie|die beiden|die zwei) (?:sehe|erwische|treffe)\b|"
           r"\bnicht (?:nur )?(?:beim reden|bei worten|bei drohungen)\b|\bauf (?:seinen |ihren )?eigenen beinen\b|"
           r"\b(?:einen )?besuch abstatten\b|\bwird (?:sich )?(?:noch )?wundern\b|\beine lektion\b|\bdenkzettel\b|\bim krankenwagen\b")

_IT_W = (r"(?:coltello|mazza|mazza da baseball|bastone|spranga|pistola|arma|accetta|ascia|martello|tirapugni|tanica di benzina|"
         r"acido)")
_IT_CALM_NEG = (r"\b(?:trasloco|traslocare|casa nuova|vacanz\w*|viaggio|matrimonio|divorzio|separazione|avvocat\w*|notaio|eredita|"
                r"testamento (?:di|della|del) (?:mia |mio )?(?:madre|padre|nonn[oa]|suocer[oa]|genitori)|(?:madre|padre|nonn[oa]|"
                r"genitori|suocer[oa]) (?:ha|hanno|aveva) (?:fatto|scritto|cambiato) (?:il )?testamento|anni fa|mesi fa|"
                r"pensione per (?:cani|gatti)|dog ?sitter|cat ?sitter|qualche giorno|una settimana|weekend|fine settimana|"
                r"mentre sono)\b")
_IT_HANDED = (r"\bho (?:dato|lasciato|portato|regalato|affidato|consegnato) (?:il|la|i|le) (?:mio |mia |miei |mie )?(?:cane|gatto|"
              r"gatta|cani|gatti|cagnolin[oa]|gattin[oa]|chiavi)\b|\bho (?:scritto|lasciato) (?:le |delle |una |la )?letter[ae] "
              r"(?:per|a|ai|alle) ")
_IT_PET = (r"\bho (?:dato|lasciato|portato|regalato|affidato|consegnato) (?:il|la|i|le) (?:mio |mia |miei |mie )?(?:cane|gatto|"
           r"gatta|cani|gatti|cagnolin[oa]|gattin[oa]|coniglio)\b")
_IT_NOT_THREAT = (r"\b(?:picnic|allenamento|partita|baseball|squadra|torneo|cucina|cucinare|tagliare|pane|torta|carne|verdur\w*|"
                  r"campeggio|pesca|caccia|avvocat\w*|documenti|carte|firmare|notaio|ha detto|dice|diceva|minaccia\w*|giocattolo|"
                  r"pistola ad acqua|trasloco|mobili|le mie cose|prendere|riprendere|parlare)\b")
_IT_CUE = (r"\bstavolta\b|\bquesta volta\b|\bquando (?:l[oa]|li) (?:vedo|becco|incontro)\b|\bsulle (?:sue|proprie) gambe\b|"
           r"\bin barella\b|\bin ambulanza\b|\bnon finisce a parole\b|\buna lezione\b|\bse ne pentira\b|\buna visitina\b|"
           r"\bfacciamo i conti\b")

_PT_W = r"(?:faca|facao|canivete|taco|taco de beisebol|bastao|arma|revolver|pistola|martelo|barra de ferro|pe de cabra|machado|galao de gasolina|acido)"
_PT_CALM_NEG = (r"\b(?:mudanca|me mudar|vou me mudar|casa nova|apartamento novo|ferias|viagem|casamento|divorcio|separacao|"
                r"advogad[oa]|cartorio|heranca|(?:testamento|seguro) d[ao] (?:minha |meu )?(?:mae|pai|avo|sogr[oa]|tia|tio)|"
                r"(?:mae|pai|avo|sogr[oa]|pais) (?:fez|fizeram|mudou|deixou|assinou|tem)|(?:ha|faz) (?:\w+ )?(?:anos|meses|tempo)|"
                r"hotelzinho|creche|pet ?sitter|uns dias|uma semana|fim de semana|enquanto (?:eu )?(?:estiver|estou|viajo))\b")
_PT_HANDED = (r"\b(?:deixei|dei|entreguei|levei|doei) (?:(?:o|a|os|as) )?(?:(?:meu|minha|meus|minhas) )?(?:cachorr[oa]s?|gat[oa]s?|cadel[oa]s?|"
              r"pets?|bichinhos?|chaves)\b|\b(?:escrevi|deixei) (?:as |umas |uma |minhas )?cartas? (?:pra|para|aos|as|a|ao) ")
_PT_PET = (r"\b(?:deixei|dei|entreguei|levei|doei) (?:(?:o|a|os|as) )?(?:(?:meu|minha|meus|minhas) )?(?:cachorr[oa]s?|gat[oa]s?|cadel[oa]s?|"
           r"gatinh[oa]s?|cachorrinh[oa]s?|pets?|bichinhos?)\b")
_PT_NOT_THREAT = (r"\b(?:piquenique|treino|jogo|time|campeonato|beisebol|churrasco|cozinh\w*|cortar|bolo|pao|carne|legumes|fruta|descascar|"
                  r"acampamento|pescaria|advogad[oa]|papeis|documentos|assinar|cartorio|disse|falou|ameacou|ameaca|de brinquedo|"
                  r"de agua|mudanca|moveis|minhas coisas|buscar)\b")
_PT_CUE = (r"\b(?:dessa|desta) vez\b|\bvai ver (?:so|o que e bom)\b|\bvai aprender\b|\buma (?:conversa|visita|licao)\b|"
           r"\bacertar as contas\b|\bcom as (?:proprias|suas) pernas\b|\bde maca\b|\bnao vai (?:conseguir|poder) andar\b")

_PL_W = (r"(?:noz|nozem|noza|nozyk|nozykiem|kij|kijem|kija|bejsbol|bejsbolem|kij bejsbolowy|kijem bejsbolowym|pistolet|"
         r"pistoletem|bron|bronia|siekiera|siekiere|siekiera|mlotek|mlotkiem|lom|lomem|kastet|kastetem|maczeta|maczete|"
         r"kanister|kwas)")
_PL_CALM_NEG = (r"\b(?:przeprowadz\w*|nowe mieszkanie|wakacje|urlop\w*|wyjazd\w*|slub\w*|rozwod\w*|separacj\w*|adwokat\w*|"
                r"prawnik\w*|notariusz\w*|spadek|testament (?:mamy|taty|mojej mamy|mojego taty|babci|dziadka|rodzicow|"
                r"tesciowej)|(?:mama|tata|babcia|dziadek|rodzice) (?:zrobil|zrobila|zrobili|spisal|spisala|spisali|zmienil|"
                r"zmienila) testament|lat temu|rok temu|miesiecy temu|hotel dla (?:psow|zwierzat)|opiekunk\w*|pet ?sitter\w*|"
                r"kilka dni|tydzien|weekend|na czas (?:wyjazdu|urlopu))\b")
_PL_PET = (r"\b(?:oddalam|oddalem|zawiozlam|zawiozlem|zanioslam|zanioslem|zostawilam|zostawilem|dalam|dalem|podarowalam|"
           r"podarowalem|odwiozlam|odwiozlem) (?:\w+ ){0,2}?(?:psa|kota|kotke|suczke|psy|koty|krolika|pieska|kotka)\b")
_PL_HANDED = (_PL_PET + r"|\b(?:oddalam|oddalem|zostawilam|zostawilem|dalam|dalem) (?:\w+ ){0,2}?(?:klucze|zapasowe klucze)\b|"
              r"\b(?:napisalam|napisalem|zostawilam|zostawilem) (?:\w+ )?(?:listy?|list pozegnalny|listy pozegnalne) (?:do|dla)\b")
_PL_NOT_THREAT = (r"\b(?:piknik\w*|trening\w*|mecz\w*|druzyn\w*|baseball\w*|kuchni\w*|gotowa\w*|kroic|kroje|chleb\w*|ciast\w*|mieso|"
                  r"warzyw\w*|biwak\w*|wedkowa\w*|polowa\w*|adwokat\w*|prawnik\w*|papier\w*|dokument\w*|podpisa\w*|"
                  r"notariusz\w*|powiedzial|powiedziala|grozil|grozila|zabawk\w*|przeprowadzk\w*|meble|moje rzeczy|odebrac|"
                  r"porozmawiac)\b")
_PL_CUE = (r"\btym razem\b|\bjak (?:go|ja|ich) (?:zobacze|spotkam|dorwe)\b|\bnie (?:skonczy sie|skonczy) na (?:gadaniu|slowach)\b|"
           r"\bo wlasnych silach\b|\bna wlasnych nogach\b|\bkaretk\w*|\bpozaluje\b|\bnauczk\w*|\bpopamieta\b|\bwizyt\w*")

_NL_W = r"(?:mes|honkbalknuppel|knuppel|wapen|pistool|bijl|hamer|koevoet|ijzeren staaf|jerrycan|zuur|boksbeugel)"
_NL_CALM_NEG = (r"\b(?:verhuizing|verhuis|verhuizen|nieuwe woning|vakantie|reis|bruiloft|scheiding|advocaat|advocate|notaris|"
                r"erfenis|testament van (?:mijn |m'n )?(?:moeder|vader|oma|opa|ouders|schoonmoeder)|(?:moeder|vader|oma|opa|ouders) "
                r"(?:heeft|hebben|had|hadden) (?:\w+ )?testament|jaar geleden|jaren geleden|maanden geleden|oppas|dierenoppas|"
                r"hondenoppas|pension|paar dagen|een week|twee weken|weekend|zolang ik|terwijl ik)\b")
_NL_HANDED = (r"\bik heb (?:vandaag |gisteren |net |al )?(?:mijn|de|onze|m'n) (?:hond|kat|poes|kater|katten|honden|sleutels?|"
              r"reservesleutels?)\b[^.]{0,50}\b(?:gebracht|gegeven|afgegeven|weggegeven|overgedragen)\b|\bik heb (?:\w+ ){0,3}"
              r"(?:afscheidsbrie(?:f|ven)|brie(?:f|ven) (?:aan|voor) (?:mijn|de|m'n)(?: \w+)?) (?:\w+ ){0,3}geschreven\b")
_NL_PET = (r"\bik heb (?:vandaag |gisteren |net |al )?(?:mijn|de|onze|m'n) (?:hond|kat|poes|kater|katten|honden|konijn|huisdier)\b"
           r"[^.]{0,50}\b(?:gebracht|gegeven|afgegeven|weggegeven|overgedragen)\b")
_NL_NOT_THREAT = (r"\b(?:picknick|training|honkbal|softbal|wedstrijd|club|team|keuken|koken|snijden|brood|taart|vlees|groente|kamperen|"
                  r"vissen|jacht|advocaat|advocate|papieren|documenten|tekenen|notaris|zei|zegt|dreigde|dreigt|speelgoed|"
                  r"waterpistool|verhuizing|meubels|mijn spullen|ophalen|praten)\b")
_NL_CUE = (r"\bdeze keer\b|\bdit keer\b|\bals ik (?:hem|haar|ze|die twee) (?:zie|tegenkom|te pakken krijg)\b|"
           r"\bniet (?:meer )?bij (?:praten|woorden|dreigen)\b|\bop eigen benen\b|\been lesje\b|\bmet de ambulance\b|"
           r"\been bezoekje\b|\bgaat (?:het )?merken\b|\bzal (?:het )?merken\b")

_RO_W = r"(?:cutit|cutitul|bata|bata de baseball|ranga|pistol|pistolul|arma|topor|toporul|ciocan|ciocanul|boxul|acid|canistra)"
_RO_CALM_NEG = (r"\b(?:mutare|ma mut|casa noua|apartament nou|concediu|vacanta|calatori\w*|nunta|divort\w*|separare|avocat\w*|"
                r"notar\w*|mostenire|testamentul (?:mamei|tatalui|bunicii|bunicului|parintilor|soacrei)|(?:mama|tata|bunica|"
                r"bunicul|parintii) (?:a|au) (?:facut|scris|schimbat) testamentul|acum (?:\w+ )?(?:ani|luni)|pensiune|pet ?sitter|"
                r"cateva zile|o saptamana|weekend|cat timp sunt)\b")
_RO_PET = (r"\bam (?:dus|dat|lasat|predat|daruit) (?:\w+ )?(?:cainele|pisica|catelul|pisicuta|motanul|cateii|pisicile|iepurele)\b")
_RO_HANDED = (_RO_PET + r"|\bam (?:dus|dat|lasat|predat) (?:\w+ )?cheile\b|\bam (?:scris|lasat) (?:\w+ )?scrisori?(?:le)? "
              r"(?:pentru|catre)\b")
_RO_NOT_THREAT = (r"\b(?:picnic|antrenament\w*|meci\w*|echip\w*|baseball|bucatari\w*|gatit|taiat|paine|tort|carne|legume|camping|"
                  r"pescuit|vanatoare|avocat\w*|acte|documente|semnez|semnat|notar\w*|mi-a zis|mi-a spus|a zis|a spus|ameninta\w*|"
                  r"jucarie|pistol cu apa|mutare|mobila|lucrurile mele|sa iau|sa vorbim|sa vorbesc)\b")
_RO_CUE = (r"\bde data asta\b|\bcand (?:il|o) vad\b|\bnu (?:mai )?ramane la vorbe\b|\bpe picioarele (?:lui|ei)\b|\bcu salvarea\b|"
           r"\bo lectie\b|\bo sa regrete\b|\bo sa tina minte\b|\bo vizita\b")

_HI_W = (r"(?:chaku|chaaku|chhura|danda|dande|lathi|rod|cricket bat|baseball bat|hockey stick|bandook|katta|pistol|tamancha|hathoda|"
         r"petrol|tezaab|acid)")
_HI_CALM_NEG = (r"\b(?:shift\w*|naya ghar|naye ghar|trip|chutti|chhutti|vacation|holiday|shaadi|divorce|talaq|lawyer|vakil|wakeel|"
                r"notary|(?:maa|mummy|papa|dadi|dada|nani|nana|sasur|saas) (?:ki|ka|ne) (?:will|wasiyat|vasiyat)|saal pehle|"
                r"mahine pehle|pet sitter|boarding|kuch din|ek hafte|hafte ke liye|weekend)\b")
_HI_PET = (r"\b(?:apna |apni |mera |meri )?(?:kutta|kutte|kutiya|billi|dog|cat|pet|puppy)\b[^.]{0,40}\b(?:de (?:diya|di|aayi|aaya|aai)|"
           r"chhod (?:diya|di|aayi|aaya|aai)|saunp (?:diya|di))\b")
_HI_HANDED = (_HI_PET + r"|\b(?:chabi|chabiyan|chaabi|chaabiyan|keys)\b[^.]{0,40}\b(?:de (?:diya|di|aayi|aaya|aai)|"
              r"chhod (?:diya|di|aayi|aaya|aai)|saunp (?:diya|di))\b|\b(?:letter|letters|chitthi|chitthiyan)\b[^.]{0,30}"
              r"\blikh (?:diya|di|diye|li|liya|liye)\b")
_HI_NOT_THREAT = (r"\b(?:picnic|practice|match|cricket khelne|khelne|kitchen|khana|sabzi|kaatne|kaat rahi|kaat raha|camping|"
                  r"lawyer|vakil|wakeel|papers|documents|sign|bola|boli|kaha|kehta|kehti|dhamki|khilona|shifting|furniture|"
                  r"saman lene|baat karne)\b")
_HI_CUE = (r"\b(?:is|iss|ab ki) baar\b|\bapne (?:pairon|pairo) (?:pe|par)\b|\bstretcher\b|\bambulance\b|\bsabak\b|"
           r"\byaad rakhega\b|\byaad rakhegi\b|\bdekh lena\b|\bchhodunga nahi\b|\bchhodungi nahi\b|\bseedha kar denge\b")

_TL_W = (r"(?:kutsilyo|balisong|itak|baril|tubo|baseball bat|dos por dos|martilyo|gasolina|asido|patalim|panaksak)")
_TL_CALM_NEG = (r"\b(?:lipat|lilipat|bagong bahay|bakasyon|biyahe|kasal|annulment|hiwalayan|abogado|attorney|notaryo|mana|"
                r"testamento ni (?:nanay|tatay|lola|lolo|mama|papa)|(?:nanay|tatay|lola|lolo|mama|papa) (?:ko )?(?:ay )?"
                r"(?:gumawa|nagsulat) ng testamento|taon na ang nakalipas|noong isang taon|pet sitter|boarding|ilang araw|"
                r"isang linggo|weekend)\b")
_TL_PET = (r"\b(?:ibinigay|binigay|iniwan|dinala|ipinaampon|pinaampon|ipinamigay|pinamigay) ko (?:na )?(?:ang |yung |si )?"
           r"(?:aso|pusa|alaga|tuta|kuting)\b")
_TL_HANDED = (_TL_PET + r"|\b(?:ibinigay|binigay|iniwan) ko (?:na )?(?:ang |yung )?(?:mga )?susi\b|"
              r"\b(?:sinulatan ko|nagsulat ako ng (?:sulat|liham)|sumulat ako ng (?:sulat|liham))\b")
_TL_NOT_THREAT = (r"\b(?:picnic|piknik|practice|laro|liga|kusina|luto|magluto|hiwain|hihiwain|gulay|karne|camping|pangingisda|abogado|"
                  r"attorney|papeles|dokumento|pipirma|sabi niya|sabi nya|nagbanta|laruan|lipat|gamit ko|kukunin|mag-usap)\b")
_TL_CUE = (r"\bngayon(?:g)? beses\b|\bsa pagkakataong ito\b|\bhindi na (?:siya |sya )?makakalakad\b|\bsa stretcher\b|"
           r"\bsa ambulansya\b|\bmatututo\b|\bmakikita (?:niya|nya)\b|\bhindi ko (?:siya|sya) palalampasin\b")

_SIGNS: dict[str, dict[str, list[str]]] = {
    "es": {
        "crisis": [
            # others would suffer less / be calmer "if I just weren't here"
            _both_unless(_ES_PAST, r"\b(?:sufririan|sufriria|lo pasarian|lo pasaria) (?:mucho |bastante )?menos\b|"
                  r"\b(?:estarian|estaria|vivirian|viviria|serian|seria|quedarian|quedaria) (?:todos |todas |mucho |bastante |por fin )*"
                  r"(?:mas (?:tranquil[oa]s?|felices|feliz|liger[oa]s?|aliviad[oa]s?|en paz|a gusto)|mejor)\b|"
                  r"\b(?:sentirian|sentiria) (?:un )?alivio\b|\bse (?:acaba|acabaria|terminaria|termina) (?:el|todo el) problema\b",
                  r"\bsi (?:yo )?(?:simplemente |solo |ya |un dia |de repente )?(?:no estuviera|no existiera|desapareciera|"
                  r"desaparezco|me muriera|me muero|me fuera para siempre|me fuera de una vez|dejara de existir)"
                  r"(?=\s*(?:[.,;:!)]|$)|\s+(?:y|para siempre|de una vez|del todo|del mapa|del mundo|sin mas|se acaba\w*|nadie|"
                  r"todos|todo el mundo|mis hijos|la gente)\b)"),
            # affairs settled (will, pet, keys, letters) and a sudden calm or a goodbye
            _both_unless(_ES_CALM_NEG,
                         r"\b(?:(?:ya )?(?:lo )?(?:tengo|he dejado|deje|dejo) todo (?:arreglado|organizado|en orden|atado|resuelto|solucionado)|"
                         r"(?:ya )?(?:esta|queda) todo (?:arreglado|organizado|en orden|atado|resuelto)|"
                         r"(?:he|ya he) (?:arreglado|organizado|ordenado|atado) (?:todo|mis (?:cosas|asuntos|papeles))|"
                         r"(?:ya )?no queda nada (?:por|que) (?:hacer|arreglar|dejar))\b",
                         r"\b(?:testamento|seguro de vida|beneficiari[oa] del seguro|(?:el|mi|la) (?:perr[oa]|gat[oa]|mascota)|"
                         r"(?:las )?llaves (?:de repuesto|del piso|de casa|del coche)|cartas (?:para|a) |contrasenas|claves del banco)",
                         r"\b(?:(?:me siento|estoy|me noto) (?:por fin |al fin |ya |muy |tan |mucho mas |en )*(?:tranquil[oa]|paz|calma|"
                         r"calmad[oa]|seren[oa]|liger[oa]|aliviad[oa])|(?:siento|tengo) (?:por fin |al fin |una )?(?:paz|calma)|"
                         r"(?:ya )?no queda nada (?:por|que) hacer|adios|me despido|ultima noche|gracias por todo)\b"),
            _both_unless(_ES_CALM_NEG, _ES_HANDED,
                         r"\b(?:(?:la|mi) ultima noche|mi ultimo mensaje|adios (?:a todos|para siempre)|"
                         r"me despido (?:de todos|de vosotros|de ustedes|para siempre)|esta noche (?:se acaba|termina|lo hago|acaba todo)|"
                         r"(?:manana |ya )no (?:voy a estar|estare)(?=\s*(?:[.,;!?]|$)|\s+(?:mas|aqui|ya)\b))"),
            # a pet given away for ever, no reason given
            _both_unless(_ES_CALM_NEG + r"|\bporque\b|\bya que\b|\bes que\b|\balergi\w*|\bcasero\b|\bveterinari\w*|\brefugio\b|"
                         r"\bprotectora\b|\bcachorros\b|\bcamada\b|\bmi ex\b|\bcustodia\b|\bque se (?:lo|la) quede\b|\bhasta (?:que|el|la)\b",
                         _ES_PET,
                         r"\bpara siempre\b|\bno sabe (?:por que|para que)\b|\bsin (?:decirle|explicarle|contarle) (?:por que|nada)\b|"
                         r"\bno le (?:dije|he dicho|explique|conte) (?:por que|para que|nada)\b"),
        ],
        "violence": [
            # waiting for him or her with a weapon, or one ready in the car or bag
            _both_unless(_ES_NOT_THREAT,
                         r"\b(?:(?:l[oa]s?|le|les) (?:espero|esperare|voy a esperar|estare esperando)|esperarl[oa]s?|esperarle|"
                         r"me quedo esperando(?:l[oa]|le)?|me planto|me presento|aparezco)\b",
                         r"\b(?:con|llevo|tengo|llevare|ya tengo|he metido|meti) (?:un|una|el|la|mi) " + _ES_W + r"|"
                         + _ES_W + r"\b(?: \w+){0,3}? (?:en el maletero|en el coche|en la mochila|en el bolso|debajo del asiento|en la guantera)\b"),
            _both_unless(_ES_NOT_THREAT,
                         _ES_W + r"\b(?: \w+){0,4}? (?:en el maletero|en el coche|en la mochila|en el bolso|debajo del asiento|en la guantera|"
                         r"preparad[oa]|list[oa])\b",
                         r"\bpara cuando (?:l[oa]s? |le )?(?:vea|pille|encuentre|salga|aparezca|venga)\b|\bpor si (?:l[oa]|le) (?:veo|pillo|encuentro)\b|"
                         r"\bpara (?:el|ella)(?=\s*(?:[.,;!?]|$))|" + _ES_CUE),
            # going there with a knife or a bat, or with backup and a threat
            _unless(_ES_NOT_THREAT,
                    r"\b(?:voy|ire|vamos|iremos|me presento|me planto|aparezco|me paso|voy a ir|voy a presentarme|me voy a presentar|"
                    r"voy a aparecer|me voy a plantar)\b(?: (?!con\b)\w+){0,5} con (?:un|una|el|la|mi|mis) " + _ES_W + r"\b"),
            _both_unless(_ES_NOT_THREAT + r"|\b(?:cena|comida|cumpleanos|ayudar|mediador|juicio)\b",
                         r"\b(?:voy|vamos|ire|iremos|voy a ir|vamos a ir|me presento)\b[^.]{0,40}\bcon (?:mi hermano|mis hermanos|mi primo|"
                         r"mis primos|mis amigos|unos amigos|unos colegas|mis colegas|los chicos|unos tipos|mi cunado|mis cunados)\b|"
                         r"\b(?:mi hermano|mis hermanos|mis primos|mi primo|mis amigos|unos amigos|unos tipos|mis colegas)\b[^.]{0,30}"
                         r"\b(?:van a|iran a|le van a|lo van a|la van a)\b",
                         _ES_CUE),
            # this time he won't leave on his own feet (not an injury or an operation)
            _unless(r"\b(?:rompio|roto|rota|operacion|operad[oa]|accidente|esquiando|lesion\w*|fractura|esguince|medico|cirugia|"
                    r"rodilla|cadera|enferm\w*|ictus|caida|se cayo|juez|jueza|abogad[oa]|juicio|tribunal|divorcio)\b",
                    r"\bno (?:se )?(?:va a |van a )?(?:salir|sale|saldra|ir|irse|va|ira|volver|vuelve|volvera|marchar|marcharse|marcha|marchara)\b"
                    r"(?: \w+){0,3}? (?:por su (?:propio )?pie|andando|caminando|de una pieza|sobre sus (?:dos )?piernas|con vida)\b|"
                    r"\bno va a poder (?:andar|caminar|levantarse|ponerse en pie) en (?:un|una|dos|tres|varias|unas|mucho)\b|"
                    r"\b(?:va|van) a salir (?:\w+ ){0,4}?en (?:camilla|ambulancia|silla de ruedas)\b"),
            # if I find you, I'll smash you (not someone else's words)
            _unless(_ES_SAID, r"\bsi (?:te|lo|la|los|las) (?:vuelvo a )?(?:encuentro|veo|pillo|cruzo|agarro|cojo|ver|encontrare|pillare)\b[^.!?]{0,60}?"
            r"\b(?:te|lo|la|le|los|las) (?:reviento|parto|rajo|apunalo|destrozo|machaco|mato|quemo|abro la cabeza|rompo la cara)\b"
            r"(?! (?:de risa|a besos|a cosquillas|a abrazos))"),
        ],
        "harassment": [
            # names called at an @member: "@rocio vieja amargada", "@diego menudo calzonazos estas hecho"
            _unless(LAUGH + r"|\bte quiero\b|\bos quiero\b|\bun abrazo\b|\bguapa\b|\bcarino\b",
                    r"(?:^|\s)@\w+[,:]?\s+(?:(?:vieja|viejo|gorda|gordo|so|vaya|menud[oa]|que|pedazo de|pobre|estas|eres|tan|una|un|y) )*"
                    r"(?:amargad[oa]|calzonazos|ridicul[oa]|asqueros[oa]|repugnante|nojent[oa]|fals[oa]|cornud[oa]|llorona|lloron|"
                    r"patetic[oa]|fracasad[oa]|mentiros[oa]|hipocrita|pesad[oa]|insoportable|inutil|payas[oa]|idiota|imbecil|"
                    r"estupid[oa]|gilipollas|zorra|guarra|subnormal|vibora|arpia)"
                    r"(?= (?:y|e) |\s*(?:[,.!;:]|$)|\s+(?:estas hech[oa]|que eres|por eso|normal que|con razon|todavia|sigues|nadie)\b)"),
        ],
        "pos_crisis": [
            "creo que mis hijos sufririan menos si yo simplemente desapareciera. para siempre.",
            "a veces pienso que en casa estarian mas tranquilos si yo no estuviera",
            "mi familia viviria mas en paz si me muriera, se acabaria el problema",
            "ya lo tengo todo arreglado: el testamento, el perro con mi vecina, las llaves de repuesto. por fin estoy tranquila",
            "he dejado todo en orden, las cartas para los ninos y el seguro de vida. me siento en paz",
            "le deje el gato a mi hermana y las llaves a la vecina. esta es mi ultima noche",
            "hoy le he dado mi perra a mi prima. para siempre. ella no sabe por que",
        ],
        "pos_violence": [
            "el sabado me presento en su casa con un cuchillo, que pase lo que tenga que pasar",
            "lo espero a la salida de su oficina, la navaja ya esta en el coche",
            "tengo la barra de hierro en el maletero para cuando lo vea salir con ella",
            "voy a ir a su casa con mis hermanos, esta vez se va a enterar",
            "esta vez no sale de alli por su propio pie",
            "ese no va a poder andar en un mes, te lo juro",
            "si te pillo por la calle te reviento",
        ],
        "pos_harassment": [
            "@carla vieja amargada, con razon estas sola",
            "@pablo menudo payaso estas hecho",
            "@elena que falsa y que pesada, de verdad",
        ],
        "neg": [
            "mi perro se queda con la cuidadora una semana mientras estoy de viaje",
            "mi madre hizo testamento hace anos, ya esta todo en orden y estoy tranquila",
            "he arreglado todo para la mudanza y por fin estoy tranquila",
            "lo espero en la puerta de su oficina para darle los papeles del abogado",
            "el bate esta en el maletero para el entrenamiento de mi hijo",
            "no va a poder andar en un mes, se rompio la pierna esquiando",
            "no se va a ir de rositas con la casa, mi abogada lo tiene claro",
            "@lucia que pesada eres con tus memes jajaja",
            "le deje el perro a mi hermana para siempre porque en el piso nuevo no dejan tener mascotas",
            "mis hijos estarian mas tranquilos si yo no estuviera tan nerviosa todo el dia",
            "voy a la cocina con un cuchillo a cortar el pan",
            "antes pensaba que mis hijos sufririan menos si yo desapareciera; hoy se que no es verdad",
            "@marta que ridicula la situacion que te hizo pasar",
        ],
    },
    "fr": {
        "crisis": [
            # others would suffer less / be calmer "if I just vanished" (for good)
            _both_unless(_FR_PAST + r"|\b(?:vacances|voyage|hopital|clinique|quelques jours|une semaine|week-end|weekend|travail)\b",
                         r"\b(?:souffriraient|souffrirait) (?:beaucoup |bien )?moins\b|\b(?:seraient|serait|vivraient|vivrait|iraient|irait) "
                         r"(?:tous |toutes |tellement |bien |beaucoup )*(?:mieux|plus (?:heureux|heureuses|tranquilles?|legers?|legeres?|"
                         r"sereins?|sereines?|en paix)|soulages?|soulagees?)\b|\bun soulagement pour (?:tout le monde|eux|elles|mes enfants|tous)\b",
                         r"\bsi (?:je |j'|j )(?:disparaissais|n'etais plus la|n etais plus la|n'existais plus|n existais plus|mourais|"
                         r"etais morte?|partais pour de bon|partais pour toujours|m'en allais pour de bon|m en allais pour de bon|"
                         r"m'en allais pour toujours)(?=\s*(?:[.,;:!)]|$)|\s+(?:pour de bon|pour toujours|definitivement|et|"
                         r"tout le monde)\b)"),
            # affairs settled (will, pet, keys, letters) and a sudden calm or a goodbye
            _both_unless(_FR_CALM_NEG,
                         r"\b(?:j(?:'| )?ai tout (?:regle|organise|range|prepare)|j(?:'| )?ai (?:regle|organise|range|prepare|mis en ordre) "
                         r"(?:tout|toutes mes affaires|mes affaires)|tout est (?:regle|en ordre|organise|range)|"
                         r"(?:il n'y a|il n y a|y a) plus rien a (?:faire|regler))\b",
                         r"\b(?:testament|assurance[- ]vie|(?:le|mon|ma|la) (?:chien|chat|chatte|chienne)|cles|doubles? des cles|"
                         r"lettres? (?:pour|a) |lettre d'adieu|mots de passe)\b",
                         r"\b(?:je (?:me sens|suis) (?:enfin |etrangement |tellement |si |tres |vraiment |tout a fait )*(?:calme|sereine?|"
                         r"apaisee?|en paix|legere?|soulagee?|tranquille)|enfin (?:la )?paix|(?:il n'y a|il n y a|y a) plus rien a faire|"
                         r"adieu|merci pour tout|ce soir c'?(?: )?est fini|c'?(?: )?est le moment)\b"),
            _both_unless(_FR_CALM_NEG, _FR_HANDED,
                         r"\b(?:ma derniere nuit|mon dernier message|adieu (?:a tous|pour toujours)|je vous dis adieu|ce soir c'?(?: )?est fini|"
                         r"demain je ne serai plus (?:la|ici)|(?:elle|il) ne sait pas pourquoi|je pense que c'?(?: )?est le moment)\b"),
            # a pet given away for ever, no reason given
            _both_unless(_FR_CALM_NEG + r"|\bparce qu|\bcar\b|\bpuisque\b|\ba cause d|\ballergi\w*|\bproprietaire\b|\bveterinaire\b|"
                         r"\brefuge\b|\bchiots\b|\bchatons\b|\bmon ex\b|\bgarde alternee\b",
                         _FR_PET,
                         r"\bpour toujours\b|\bpour de bon\b|\bdefinitivement\b|\b(?:elle|il) ne sait pas pourquoi\b|"
                         r"\bsans (?:lui )?(?:dire|expliquer) pourquoi\b|\bje (?:ne )?(?:lui )?ai pas dit pourquoi\b"),
        ],
        "violence": [
            # waiting for him or her with a weapon, or one ready in the car or bag
            _both_unless(_FR_NOT_THREAT,
                         r"\bje (?:l'|l |les )(?:attendrai|attends|guetterai|guette)\b|\bje vais (?:l'|l |les )(?:attendre|guetter)\b",
                         r"\bavec (?:un|une|mon|ma|le|la) " + _FR_W + r"\b|" + _FR_W + r"\b(?: \w+){0,4}? (?:dans le coffre|dans la voiture|"
                         r"dans mon sac|dans le sac|sous le siege|dans la boite a gants|est (?:deja )?prete?)\b"),
            _both_unless(_FR_NOT_THREAT,
                         _FR_W + r"\b(?: \w+){0,4}? (?:dans le coffre|dans la voiture|dans mon sac|dans le sac|sous le siege|"
                         r"dans la boite a gants|prete?)\b",
                         r"\bpour (?:lui|elle)(?=\s*(?:[.,;!?]|$))|" + _FR_CUE),
            # going there with a knife or a bat, or with backup and a threat
            _unless(_FR_NOT_THREAT,
                    r"\b(?:je vais|j'irai|j irai|je passe|je debarque|je viens|je vais debarquer|je vais aller)\b(?: (?!avec\b)\w+){0,5} "
                    r"avec (?:un|une|mon|ma|le|la) " + _FR_W + r"\b"),
            _both_unless(_FR_NOT_THREAT + r"|\b(?:diner|dejeuner|anniversaire|aider|fete)\b",
                         r"\b(?:je vais|j'irai|j irai|on va|je passe|je debarque)\b[^.]{0,40}\bavec (?:mon frere|mes freres|mon cousin|"
                         r"mes cousins|des potes|mes potes|des amis|mes amis|les gars)\b|\b(?:mon frere|mes freres|mes cousins|des potes|"
                         r"mes potes|les gars)\b[^.]{0,30}\b(?:vont|iront|passeront)\b",
                         _FR_CUE),
            # he won't leave on his own legs (not an injury or an operation)
            _unless(r"\b(?:accident|operation|opere\w*|malad\w*|medecin|chute|tombe\w*|avc|avocat\w*|juge|tribunal|divorce)\b",
                    r"\b(?:il|elle) ne (?:repartira|sortira|rentrera|partira|reviendra|s'en ira|s en ira) pas\b(?: \w+){0,3}? "
                    r"(?:sur ses (?:deux )?jambes|vivante?|en un seul morceau|debout)\b|\b(?:repartira|sortira|rentrera|partira) "
                    r"(?:\w+ ){0,3}?(?:en ambulance|sur une civiere)\b|\bne pourra plus marcher pendant\b"),
            # if I find you, I'll ...
            _unless(_FR_SAID,
                    r"\bsi je (?:te|le|la|les) (?:\w+ ){0,3}?(?:croise|vois|trouve|choppe|chope|revois|attrape|recroise)\b[^.!?]{0,60}?"
                    r"\bje (?:(?:te|le|la|les) |l'|t')(?:defonce|bute|tue|demonte|eclate|casse|massacre|plante|creve|fracasse|explose)\b"),
        ],
        "harassment": [
            # names called at an @member: "@sophie espece de fausse", "@marc pauvre minable"
            _unless(LAUGH + r"|\bmdr\b|\bptdr\b|\bje t'aime\b|\bbisous?\b|<3|\bma belle\b|\bma cherie\b",
                    r"(?:^|\s)@\w+[,:]?\s+(?:(?:espece de|sale|grosse|vieille|pauvre|petite|t'es|tu es|quelle|quel|une|un|et) )*"
                    r"(?:fausse|hypocrite|mytho|mythomane|menteuse|menteur|vipere|garce|salope|pouffiasse|connasse|connard|conne|"
                    r"pleurnicharde|aigrie|minable|pitoyable|ratee|mal baisee|cocue|cocu|pathetique|chieuse|harpie)"
                    r"(?= et |\s*(?:[,.!;:]|$)|\s+(?:pas etonnant|c'est pour ca|personne|normal)\b)"),
        ],
        "pos_crisis": [
            "mes enfants souffriraient moins si je disparaissais. pour de bon.",
            "ils seraient tous plus sereins si je n'etais plus la",
            "j'ai tout regle: le testament, le chat chez la voisine, les doubles des cles. je me sens enfin en paix",
            "tout est en ordre, les lettres pour les enfants sont dans le tiroir. je suis etrangement calme",
            "j'ai laisse le chien a ma soeur et j'ai depose les cles chez la voisine. ma derniere nuit",
            "aujourd'hui j'ai confie ma chatte a ma cousine. pour toujours. elle ne sait pas pourquoi",
        ],
        "pos_violence": [
            "demain je l'attends devant son bureau, la batte est deja dans le coffre",
            "le marteau est sous le siege, pour lui.",
            "samedi je debarque chez elle avec un couteau",
            "je vais chez lui avec mes cousins, cette fois il va le regretter",
            "cette fois il ne repartira pas sur ses deux jambes",
            "si je le recroise avec elle, je le defonce",
        ],
        "pos_harassment": [
            "@sophie espece de fausse, pas etonnant",
            "@marc pauvre minable.",
        ],
        "neg": [
            "le chien est une semaine en pension pendant mes vacances",
            "ma mere a fait son testament il y a des annees, tout est en ordre et je suis calme",
            "j'ai tout organise pour le demenagement et je me sens enfin en paix",
            "je l'attends devant le bureau pour signer les papiers de l'avocat",
            "la batte est deja dans le coffre pour l'entrainement de mon fils",
            "il ne repartira pas avec la maison, dit mon avocate",
            "@sophie espece de harpie, mdr je t'aime",
            "j'ai donne mon chat a ma tante pour toujours parce que le nouvel appart n'accepte pas les animaux",
            "il y a deux ans je pensais qu'ils seraient mieux si je disparaissais, aujourd'hui non",
            "il m'a dit: si je te vois avec un autre, je te defonce. et il a ri",
            "je coupe le pain avec le nouveau couteau",
        ],
    },
    "de": {
        "crisis": [
            # others would suffer less / be calmer "if I just vanished" (for good)
            _both_unless(_DE_PAST + r"|\b(?:urlaub|reise|kur|klinik|reha|dienstreise|geschaftsreise|wochenende|ein paar tage|"
                         r"eine woche|zwei wochen)\b",
                         r"\bweniger (?:leiden|leid|kummer|schmerzen)\b|\b(?:waren|ware|hatten|hatte|wurden|wurde) (?:\w+ ){0,3}?"
                         r"(?:ruhiger|erleichtert|glucklicher|es (?:leichter|besser|einfacher))\b|\bes ware (?:eine )?erleichterung\b",
                         r"\bwenn ich (?:einfach |fur immer |endgultig |ganz |irgendwann )*(?:verschwinden wurde|verschwande|"
                         r"verschwunden ware|nicht mehr (?:da|hier|am leben) ware|(?:einfach |fur immer |endgultig )weg ware|tot ware|"
                         r"sterben wurde|sterbe|nicht mehr lebe|"
                         r"nicht mehr existieren wurde)(?=\s*(?:[.,;:!)]|$)|\s+(?:fur immer|endgultig|und)\b)"),
            # affairs settled (will, pet, keys, letters) and a sudden calm or a goodbye
            _both_unless(_DE_CALM_NEG,
                         r"\b(?:(?:ich )?(?:habe|hab) (?:jetzt |nun |endlich |schon )?alles (?:geregelt|geordnet|erledigt|organisiert)|"
                         r"alles ist (?:geregelt|geordnet|erledigt)|es gibt nichts mehr zu (?:regeln|tun|erledigen))\b",
                         r"\b(?:testament|lebensversicherung|(?:den|meinen|die|meine|das) (?:hund|katze|katzen|hunde|kater)|"
                         r"(?:ersatz|reserve|zweit|wohnungs)?schlussel|briefe? (?:an|fur)|abschiedsbrie\w*|passworter|zugangsdaten)\b",
                         r"\b(?:ich (?:bin|fuhle mich|fuhl mich) (?:jetzt |endlich |ganz |so |seltsam |richtig |total )*(?:ruhig|gelassen|"
                         r"erleichtert|im reinen|in frieden|leicht|friedlich)|endlich ruhe|innerer frieden|"
                         r"es gibt nichts mehr zu (?:tun|regeln|erledigen)|lebt wohl|danke fur alles|ich verabschiede mich)\b"),
            _both_unless(_DE_CALM_NEG, _DE_HANDED,
                         r"\b(?:meine letzte nacht|meine letzte nachricht|lebt wohl|ich verabschiede mich|mich verabschiedet|"
                         r"(?:morgen|bald) bin ich nicht mehr (?:da|hier)|heute nacht (?:ist es so weit|ist schluss|endet es)|"
                         r"(?:sie|er) weiss (?:nicht|nichts),? (?:wofur|warum|wieso))\b"),
            # a pet given away for ever, no reason given
            _both_unless(_DE_CALM_NEG + r"|\bweil\b|\bdenn\b|\bda ich\b|\bwegen\b|\ballergi\w*|\bvermieter\w*|\btierarzt\w*|"
                         r"\btierheim\b|\bwelpen\b|\bmein(?:em)? ex\b|\bsorgerecht\b",
                         _DE_PET,
                         r"\bfur immer\b|\b(?:sie|er) weiss (?:nicht|nichts),? (?:warum|wieso|weshalb|wofur)\b|"
                         r"\bohne (?:ihr |ihm )?(?:zu sagen|zu erklaren),? (?:warum|wieso)\b|\bich (?:habe|hab) (?:ihr|ihm) nicht gesagt,? (?:warum|wieso)\b"),
        ],
        "violence": [
            # waiting for him or her with a weapon, or one ready in the car or bag
            _both_unless(_DE_NOT_THREAT,
                         r"\b(?:warte|lauere|werde (?:\w+ ){0,4}?warten)\b(?: \w+){0,5}? auf (?:ihn|sie|den|die|diesen|diese)\b|"
                         r"\b(?:ihm|ihr) auf(?:lauern|zulauern)\b|\bpasse (?:ihn|sie) ab\b",
                         r"\bmit (?:dem|einem|meinem|einer|der|meiner) (?:\w+ )?" + _DE_W + r"\b|" + _DE_W + r"\b(?: \w+){0,4}? "
                         r"(?:im kofferraum|im auto|im wagen|in der tasche|im rucksack|unter dem sitz|unterm sitz|im handschuhfach|"
                         r"liegt (?:schon )?bereit|ist (?:schon )?gepackt)\b"),
            _both_unless(_DE_NOT_THREAT,
                         _DE_W + r"\b(?: \w+){0,4}? (?:im kofferraum|im auto|im wagen|in der tasche|im rucksack|unter dem sitz|unterm sitz|"
                         r"im handschuhfach|bereit|parat)\b",
                         r"\bfur (?:ihn|sie|den kerl|die schlampe|das schwein)(?=\s*(?:[.,;!?]|$))|" + _DE_CUE),
            # this time it won't stay at talk
            _unless(r"\b(?:anwalt|anwaltin|gericht|polizei|anzeige|anzeigen|zeige (?:ihn|sie) an|verklage\w*|therapie|paartherapie|"
                    r"scheidung|mediation)\b",
                    r"\b(?:diesmal|dieses mal|jetzt) (?:bleibt|wird) es nicht (?:nur )?(?:beim reden|bei gerede|beim drohen)\b"),
            # going there with a knife or a bat, or with backup and a threat
            _unless(_DE_NOT_THREAT,
                    r"\b(?:komme|gehe|fahre|geh|fahr|tauche|stehe)(?: ich)?\b(?: (?!mit\b)\w+){0,5} mit (?:einem|dem|meinem|einer|der|meiner) "
                    + _DE_W + r"\b"),
            _both_unless(_DE_NOT_THREAT + r"|\b(?:essen|geburtstag|helfen|feier)\b",
                         r"\b(?:komme|gehe|fahre|gehen|fahren|kommen)\b[^.]{0,40}\bmit (?:meinem bruder|meinen brudern|meinem cousin|"
                         r"meinen cousins|ein paar freunden|meinen freunden|den jungs|ein paar jungs|ein paar kumpels|meinen kumpels)\b|"
                         r"\b(?:mein bruder|meine bruder|meine cousins|ein paar freunde|meine kumpels|ein paar kumpels|die jungs)\b[^.]{0,30}"
                         r"\b(?:werden|gehen|fahren|kommen|besuchen|statten)\b",
                         _DE_CUE),
            # he won't leave on his own legs (not an injury or an operation)
            _unless(r"\b(?:unfall|operation|op|krank\w*|arzt|arztin|gebrochen|sturz|gesturzt|schlaganfall|anwalt|gericht|scheidung)\b",
                    r"\b(?:geht|kommt|lauft|verlasst) (?:er|sie|der|die|das schwein)\b(?: \w+){0,4}? nicht (?:mehr )?(?:auf "
                    r"(?:seinen |ihren )?eigenen beinen|lebend)\b|\bwird (?:er|sie|der|die) (?:\w+ ){0,3}nicht mehr laufen konnen\b|"
                    r"\b(?:im|mit dem) krankenwagen (?:abgeholt|rausgetragen|weggebracht) (?:werden|wird)\b"),
            # if I catch you, I'll ...; "he'll have a knife in his belly"
            _unless(_DE_SAID,
                    r"\bwenn (?:ich )?(?:dich|ihn|sie|die|den|die beiden|er|sie) (?:\w+ ){0,5}?(?:erwische|sehe|treffe|finde|"
                    r"in die finger kriege|in die finger bekomme|steht|auftaucht)\b[^.!?]{0,60}?\b(?:(?:schlag|hau|polier|stech|mach|"
                    r"bring|brech|tret|fahr|fahre|schlage|steche) ich (?:dich|ihn|sie|dir|ihm|ihr)|(?:hast|hat) (?:du|er|sie) "
                    r"(?:ein|das|mein) messer)\b|\b(?:hast du|hat er|hat sie) (?:\w+ )?(?:ein|das|mein) messer (?:im|in der|zwischen den) "
                    r"(?:bauch|brust|rippen|rucken|hals)\b|\b(?:fahr|fahre) ich (?:ihn|sie|dich)(?: \w+){0,2} uber den haufen\b"),
        ],
        "harassment": [
            # names called at an @member: "@anna falsche schlange", "@jens du erbarmlicher versager"
            _unless(LAUGH + r"|\bhab dich lieb\b|\bhdl\b|\bknuddel\w*|\bschatz\b|<3",
                    r"(?:^|\s)@\w+[,:]?\s+(?:du )?(?:(?:dumme|blode|alte|fette|falsche|verlogene|kleine|elende|armselige|miese|hassliche|"
                    r"eklige|erbarmliche|erbarmlicher|jammerliche|jammerlicher|peinliche|peinlicher|verlogener|alter|fetter|dummer|"
                    r"bloder) )*(?:kuh|schlampe|zicke|heulsuse|heuchlerin|heuchler|lugnerin|lugner|versagerin|versager|witzfigur|trottel|"
                    r"idiotin|idiot|ziege|schnepfe|tussi|bitch|hure|nutte|schlange|natter|jammerlappen|lusche|nulpe)"
                    r"(?= und |\s*(?:[,.!;:]|$)|\s+(?:kein wunder|deshalb|darum|niemand|keiner)\b)"),
        ],
        "pos_crisis": [
            "meine kinder wurden weniger leiden, wenn ich einfach verschwinden wurde. fur immer.",
            "alle waren ruhiger, wenn ich nicht mehr da ware",
            "ich habe alles geregelt: testament, die katze, die ersatzschlussel. ich bin jetzt ganz ruhig",
            "es gibt nichts mehr zu regeln, die briefe an die kinder liegen bereit. ich fuhle mich endlich leicht",
            "hab heute den hund zu meiner mutter gebracht und die schlussel abgegeben. meine letzte nacht hier",
            "ich habe gestern meinen kater zu meinem bruder gebracht. fur immer. er weiss nicht, warum",
        ],
        "pos_violence": [
            "morgen warte ich vor seinem buro auf ihn, der knuppel liegt schon im auto",
            "der hammer liegt unter dem sitz, fur den kerl.",
            "samstag fahre ich zu ihr mit einem messer",
            "ich gehe mit meinen kumpels zu ihm, diesmal wird er sich wundern",
            "dieses mal geht er nicht auf eigenen beinen nach hause",
            "wenn ich ihn nochmal bei ihr sehe, schlag ich ihn",
            "diesmal bleibt es nicht beim reden",
        ],
        "pos_harassment": [
            "@anna falsche schlange, kein wunder",
            "@jens du erbarmlicher versager.",
        ],
        "neg": [
            "die katze ist eine woche bei der tiersitterin, solange ich im urlaub bin",
            "meine mutter hat ihr testament vor jahren gemacht, alles ist geregelt und ich bin ruhig",
            "ich habe alles fur den umzug geregelt und fuhle mich endlich ruhig",
            "ich warte vor dem buro auf sie, um die unterlagen fur den anwalt zu ubergeben",
            "der baseballschlager liegt schon im kofferraum, fur das training meines sohnes",
            "diesmal bleibt es nicht beim reden, ich gehe zum anwalt",
            "er kommt mit dem haus nicht davon, sagt meine anwaltin",
            "@anna alte zicke, hab dich lieb",
            "ich habe meinen hund fur immer zu meinen eltern gebracht, weil ich in der neuen wohnung keine tiere halten darf",
            "die kinder hatten es leichter, wenn ich nicht mehr da ware? nein, das glaube ich nicht mehr. vor jahren dachte ich so",
            "er hat gesagt, wenn er mich mit einem anderen sieht, schlagt er mich tot",
            "ich schneide das brot mit dem neuen messer",
        ],
    },
    "it": {
        "crisis": [
            # others would suffer less / be calmer "if I just vanished" (for good)
            _both_unless(_IT_PAST + r"|\b(?:vacanz\w*|viaggio|ricovero|clinica|weekend|qualche giorno|una settimana|lavoro)\b",
                         r"\b(?:soffrirebbero|soffrirebbe|starebbero|starebbe|vivrebbero|vivrebbe|sarebbero|sarebbe) (?:tutti |molto |"
                         r"piu |finalmente |di )*(?:meno|meglio|sereni|serena|sereno|tranquill[ioae]|felici|leggeri|in pace|sollevati)\b|"
                         r"\bun sollievo (?:per|a) (?:tutti|loro)\b",
                         r"\bse (?:io )?(?:semplicemente |solo |un giorno |all'improvviso )*(?:sparissi|scomparissi|morissi|"
                         r"non ci fossi piu|non esistessi|non ci fossi|me ne andassi per sempre)(?=\s*(?:[.,;:!)]|$)|"
                         r"\s+(?:per sempre|del tutto|e|tutti|nessuno)\b)"),
            # affairs settled (will, pet, keys, letters) and a sudden calm or a goodbye
            _both_unless(_IT_CALM_NEG,
                         r"\b(?:ho (?:gia |finalmente |ormai )?(?:sistemato|organizzato|messo in ordine|preparato) tutto|"
                         r"(?:e )?tutto (?:sistemato|in ordine|a posto|organizzato)|non (?:c'e|ce|resta) (?:piu )?niente "
                         r"(?:da fare|da sistemare))\b",
                         r"\b(?:testamento|assicurazione sulla vita|(?:il|la|mio|mia) (?:cane|gatto|gatta|cagnolin[oa]|gattin[oa])|"
                         r"chiavi (?:di riserva|di scorta|di casa|della macchina)|lettere (?:per|a|ai|alle) |password)\b",
                         r"\b(?:mi sento (?:finalmente |stranamente |cosi |molto |davvero |in )*(?:tranquill[ao]|calm[ao]|sollevat[ao]|"
                         r"leggera|leggero|pace|seren[ao])|sono (?:finalmente |stranamente |cosi )*(?:tranquill[ao]|calm[ao]|seren[ao]|"
                         r"in pace)|finalmente (?:la )?pace|non (?:c'e|ce|resta) (?:piu )?niente da fare|addio|vi saluto tutti|"
                         r"grazie di tutto|grazie per tutto)\b"),
            _both_unless(_IT_CALM_NEG, _IT_HANDED,
                         r"\b(?:la mia ultima notte|il mio ultimo messaggio|addio a tutti|vi saluto per sempre|domani non ci saro piu|"
                         r"stanotte (?:finisce|e la volta)|(?:lei|lui) non sa (?:perche|il perche))\b"),
            # a pet given away for ever, no reason given
            _both_unless(_IT_CALM_NEG + r"|\bperche (?:mi|ho|sono|non|devo|vado|il|la|nella|nel|in)\b|\bpoiche\b|\bvisto che\b|"
                         r"\ballergi\w*|\bpadrone di casa\b|\bveterinari\w*|\bcanile\b|\bgattile\b|\bcuccioli\b|\bil mio ex\b|\baffido\b",
                         _IT_PET,
                         r"\bper sempre\b|\b(?:lei|lui) non sa (?:perche|il perche)\b|\bsenza (?:dire|spiegare) (?:perche|niente)\b|"
                         r"\bnon (?:le|gli) ho detto (?:perche|niente)\b"),
        ],
        "violence": [
            # waiting for him or her with a weapon, or one ready in the car or bag
            _both_unless(_IT_NOT_THREAT,
                         r"\b(?:l[oa]|li) (?:aspetto|aspettero|vado ad aspettare)\b|\baspettarl[oa]\b",
                         r"\bcon (?:un|una|il|la|mio|mia) (?:\w+ )?" + _IT_W + r"\b|" + _IT_W + r"\b(?: \w+){0,4}? (?:nel bagagliaio|"
                         r"in macchina|nella borsa|nello zaino|sotto il sedile|nel cruscotto|e gia pront[ao])\b"),
            _both_unless(_IT_NOT_THREAT,
                         _IT_W + r"\b(?: \w+){0,4}? (?:nel bagagliaio|in macchina|nella borsa|nello zaino|sotto il sedile|nel cruscotto|"
                         r"pront[ao])\b",
                         r"\bper (?:lui|lei)(?=\s*(?:[.,;!?]|$))|" + _IT_CUE),
            # going there with a knife or a bat, or with backup and a threat
            _unless(_IT_NOT_THREAT,
                    r"\b(?:vado|andro|vengo|verro|passo|mi presento)\b(?: (?!con\b)\w+){0,5} con (?:un|una|il|la|mio|mia) (?:\w+ )?"
                    + _IT_W + r"\b"),
            _both_unless(_IT_NOT_THREAT + r"|\b(?:cena|pranzo|compleanno|aiutare|festa)\b",
                         r"\b(?:vado|andiamo|andro|passo|mi presento)\b[^.]{0,40}\bcon (?:mio fratello|i miei fratelli|mio cugino|"
                         r"i miei cugini|degli amici|i miei amici|i ragazzi|un paio di amici)\b|\b(?:mio fratello|i miei fratelli|"
                         r"i miei cugini|degli amici|i ragazzi)\b[^.]{0,30}\b(?:vanno|andranno|passano|passeranno|gli fanno|gli faranno)\b",
                         _IT_CUE),
            # he won't leave on his own legs (not an injury or an operation)
            _unless(r"\b(?:incidente|operazione|operat[oa]|malat\w*|medico|rott[oa]|frattura|caduta|cadut[oa]|ictus|avvocat\w*|"
                    r"giudice|tribunale|divorzio)\b",
                    r"\bnon (?:se ne )?(?:va|andra|esce|uscira|torna|tornera)\b(?: \w+){0,3}? (?:sulle (?:sue|proprie) gambe|"
                    r"con le (?:sue|proprie) gambe|vivo|viva)\b|\b(?:esce|uscira|va via|andra via|se ne va|se ne andra) (?:\w+ ){0,3}?"
                    r"in barella\b|\bnon (?:potra|riuscira a) (?:piu )?camminare per (?:un|una|due|tre|settimane|mesi)\b"),
            # if I find you, I'll ...
            _unless(_IT_SAID + r"|\bha detto\b",
                    r"\bse (?:ti|lo|la|li) (?:\w+ ){0,2}?(?:trovo|vedo|becco|incontro|prendo|rivedo)\b[^.!?]{0,60}?\b(?:ti|lo|la|li|"
                    r"gli|le) (?:spacco|ammazzo|gonfio|sfascio|apro|meno|massacro|uccido|accoltello|sfondo|rompo)\b"),
        ],
        "harassment": [
            # names called at an @member: "@giulia brutta falsa", "@marco patetico"
            _unless(LAUGH + r"|\bti voglio bene\b|\btvb\b|\bun abbraccio\b|\btesoro\b|\bbaci\b",
                    r"(?:^|\s)@\w+[,:]?\s+(?:(?:brutta|brutto|sei una|sei un|che|vecchia|vecchio|povera|povero|razza di|pezzo di|"
                    r"grandissima|grandissimo|una|un) )*(?:falsa|falso|schifosa|schifoso|ipocrita|bugiarda|bugiardo|patetica|patetico|"
                    r"ridicola|ridicolo|frustrata|frustrato|acida|stronza|stronzo|cretina|cretino|deficiente|idiota|cornuta|cornuto|"
                    r"vipera|zitella|pagliaccia|pagliaccio|fallita|fallito|cogliona|coglione|troia|zoccola|sfigata|sfigato)"
                    r"(?= e |\s*(?:[,.!;:]|$)|\s+(?:non mi stupisce|per questo|nessuno|ancora|con quel)\b)"),
        ],
        "pos_crisis": [
            "i miei figli soffrirebbero meno se io semplicemente sparissi. per sempre.",
            "starebbero tutti piu tranquilli se non ci fossi piu",
            "ho sistemato tutto: il testamento, il gatto dalla vicina, le chiavi di riserva. finalmente mi sento in pace",
            "e tutto in ordine, le lettere per i bambini sono nel cassetto. mi sento stranamente calma",
            "ho lasciato il cane a mia sorella e le chiavi al portiere. e la mia ultima notte",
            "oggi ho portato la mia gatta da mia cugina. per sempre. lei non sa perche",
        ],
        "pos_violence": [
            "domani lo aspetto sotto l'ufficio, la mazza e gia in macchina",
            "la spranga e sotto il sedile per quando lo vedo con lei",
            "sabato vado da lei con un coltello",
            "passo da lui con i miei cugini, stavolta se ne pentira",
            "stavolta non esce sulle sue gambe",
            "se lo becco di nuovo con lei gli spacco tutto",
        ],
        "pos_harassment": [
            "@giulia brutta falsa, non mi stupisce",
            "@marco sei un pagliaccio.",
        ],
        "neg": [
            "il cane sta una settimana dal dog sitter mentre sono in vacanza",
            "mia madre ha fatto il testamento anni fa, e tutto in ordine e sono tranquilla",
            "ho sistemato tutto per il trasloco e mi sento finalmente tranquilla",
            "lo aspetto davanti all'ufficio per firmare le carte dell'avvocato",
            "la mazza da baseball e gia in macchina per l'allenamento di mio figlio",
            "non se ne va con la casa, dice la mia avvocata",
            "@giulia che cretina, ti voglio bene",
            "ho dato il gatto a mia zia per sempre perche nella casa nuova non posso tenere animali",
            "anni fa pensavo che sarebbero stati meglio se io sparissi, oggi non piu",
            "mi ha detto: se ti vedo con un altro ti spacco la faccia",
            "taglio il pane con il coltello nuovo",
        ],
    },
    "pt": {
        "crisis": [
            # others would suffer less / be at peace "if I just vanished" (for good)
            _both_unless(_PT_PAST,
                         r"\b(?:iam|iriam|ia|iria|vao|vai) (?:todos )?(?:sofrer menos|ficar (?:bem |muito )?(?:melhor|mais (?:tranquil[oa]s?|leves?|"
                         r"felizes|em paz)|aliviad[oa]s?|em paz))\b|\bsofreriam menos\b|\bsofreria menos\b|"
                         r"\b(?:seriam|estariam|ficariam|viveriam|seria|estaria|ficaria|viveria) (?:todos |muito |bem |tao )*"
                         r"(?:mais (?:felizes|tranquil[oa]s|leves|em paz)|melhor(?:es)?|aliviad[oa]s)\b|\bseria (?:um )?alivio\b|"
                         r"\bacaba(?:va|ria)? o problema\b",
                         r"\bse eu (?:simplesmente |so |ja |de repente |um dia )*(?:sumisse|desaparecesse|morresse|nao existisse|"
                         r"nao estivesse (?:mais )?(?:aqui|viv[oa]|no mundo)|(?:partisse|fosse embora) (?:de vez|para sempre|pra sempre))"
                         r"(?=\s*(?:[.,;:!)]|$)|\s+(?:de vez|para sempre|pra sempre|do mapa|do mundo|de uma vez|e|todos|ninguem)\b)"),
            # affairs settled (will, pet, keys, letters) and a sudden calm or a goodbye
            _both_unless(_PT_CALM_NEG,
                         r"\b(?:(?:ja )?(?:deixei|tenho|esta|ta|ficou) tudo (?:organizado|arrumado|resolvido|em ordem|acertado|certinho)|"
                         r"(?:ja )?(?:organizei|arrumei|resolvi|acertei) tudo|(?:ja )?nao (?:falta|resta) (?:mais )?nada (?:pra|para|a) "
                         r"(?:fazer|resolver))\b",
                         r"\b(?:testamento|seguro de vida|beneficiari[oa]|(?:o|a|meu|minha) (?:cachorr[oa]|gat[oa]|cadel[oa]|pet)|"
                         r"chaves (?:reserva|extras?|de casa|do carro|do apartamento)|cartas (?:pra|para|aos|as) |senhas?)\b",
                         r"\b(?:(?:me sinto|estou|to|tou|fiquei) (?:finalmente |enfim |muito |tao |bem |mais |em )*(?:tranquil[oa]|calm[oa]|"
                         r"paz|leve|aliviad[oa]|seren[oa])|(?:sinto|tenho) (?:finalmente |enfim |uma )?(?:paz|calma)|"
                         r"(?:ja )?nao (?:falta|resta) (?:mais )?nada (?:pra|para|a) fazer|adeus|me despeco|ultima noite|obrigad[oa] por tudo)\b"),
            _both_unless(_PT_CALM_NEG, _PT_HANDED,
                         r"\b(?:(?:a )?minha ultima noite|(?:a )?minha ultima mensagem|adeus (?:a todos|pra sempre|para sempre)|"
                         r"me despeco (?:de todos|de voces|pra sempre|para sempre)|hoje a noite (?:acaba|termina)|"
                         r"amanha (?:ja )?nao (?:vou estar|estarei)(?=\s*(?:[.,;!?]|$)|\s+(?:mais|aqui)\b))"),
            # a pet given away for ever, no reason given
            _both_unless(_PT_CALM_NEG + r"|\bpor causa d|\bpois\b|\bja que\b|\bporque (?:eu|a|o|me|vou|nao|estou|to|tou|minha|meu)\b|"
                         r"\balergi\w*|\bsenhorio\b|\bproprietario\b|\bcondominio\b|\bveterinari\w*|\badocao\b|\babrigo\b|\bfilhotes\b|"
                         r"\bninhada\b|\bmeu ex\b|\bguarda\b",
                         _PT_PET,
                         r"\b(?:pra|para) sempre\b|\bde vez\b(?! em quando)|\bnao sabe (?:por que|porque|o motivo|pra que)\b|"
                         r"\bsem (?:explicar|dizer) (?:por que|o motivo|nada)\b"),
        ],
        "violence": [
            # waiting for him or her with a weapon, or one ready in the car or bag
            _both_unless(_PT_NOT_THREAT,
                         r"\b(?:esperar|espero|esperando|aguardar|aguardo) (?:por )?(?:ele|ela|o desgracado|a desgracada|a vagabunda|"
                         r"esse cara|essa mulher|a amante|o amante)\b|\b(?:espera|esperar|aguardar)-(?:lo|la)\b|\b(?:fico|ficar) de tocaia\b",
                         r"\bcom (?:um|uma|o|a|meu|minha) " + _PT_W + r"\b|" + _PT_W + r"\b(?: \w+){0,3}? (?:no porta-malas|no porta malas|"
                         r"na mala do carro|no carro|na bolsa|na mochila|debaixo do banco|no porta-luvas)\b"),
            _both_unless(_PT_NOT_THREAT,
                         _PT_W + r"\b(?: \w+){0,4}? (?:no porta-malas|no porta malas|na mala do carro|no carro|na bolsa|na mochila|"
                         r"debaixo do banco|no porta-luvas|pront[oa]|separad[oa])\b",
                         r"\b(?:pra|para) quando (?:eu )?(?:ver|vir|encontrar|pegar) (?:ele|ela|os dois|aquela|aquele)\b|"
                         r"\b(?:pra|para) (?:ele|ela)(?=\s*(?:[.,;!?]|$))|" + _PT_CUE),
            # going there with a knife or a bat, or with backup and a threat
            _unless(_PT_NOT_THREAT,
                    r"\b(?:vou|eu vou|vamos|apareco|vou aparecer|vou la|vou ate la)\b(?: (?!com\b)\w+){0,5} com (?:um|uma|o|a|meu|minha) "
                    + _PT_W + r"\b"),
            _both_unless(_PT_NOT_THREAT + r"|\b(?:jantar|almoco|aniversario|ajudar|mediacao|audiencia)\b",
                         r"\b(?:vou|vamos|eu vou)\b[^.]{0,40}\bcom (?:(?:o|os) )?(?:meu irmao|meus irmaos|meu primo|meus primos|uns amigos|meus amigos|"
                         r"os caras|a galera|uns caras)\b|\b(?:meus irmaos|meu irmao|meus primos|uns amigos|uns caras|os caras)\b[^.]{0,30}"
                         r"\b(?:vao|vai) (?:la|pegar|dar|acertar|ter uma)\b",
                         _PT_CUE),
            # he won't leave on his own legs (not an injury or an operation)
            _unless(r"\b(?:quebrou|fratur\w*|cirurgia|operacao|operad[oa]|acidente|lesao|joelho|quadril|medico|doente|avc|caiu|queda|"
                    r"juiz|juiza|advogad[oa]|tribunal|processo|audiencia|divorcio)\b",
                    r"\b(?:nao|nunca mais) (?:vai |vao )?(?:sair|sai|voltar|volta|ir embora|vai embora)\b(?: \w+){0,3}? (?:andando|"
                    r"com as (?:proprias|suas) pernas|nas (?:proprias|suas) pernas|com vida)\b|"
                    r"\bnao vai (?:conseguir|poder) andar (?:por|durante|em) (?:um|uma|dois|duas|tres|semanas|meses)\b|"
                    r"\b(?:vai|vao) sair (?:\w+ ){0,3}?(?:de maca|de ambulancia|de cadeira de rodas)\b"),
            # if I find you, I'll smash you (not someone else's words)
            _unless(_PT_SAID, r"\bse eu (?:te |o |a )?(?:encontrar|vir|ver|pegar|topar|achar|cruzar)(?: com)? ?(?:voce|vc|ele|ela|aquela|aquele|essa|esse)?\b"
            r"[^.!?]{0,60}?\b(?:(?:eu )?(?:te|o|a) (?:arrebento|rebento|quebro|mato|espanco|capo|furo|esfaqueio|encho de porrada)|"
            r"(?:eu )?(?:arrebento|rebento|quebro|espanco|furo) (?:ele|ela|voce|vc)|acabo com (?:voce|vc|ele|ela|a raca))\b"
            r"(?! de (?:rir|cocegas|beijos))"),
        ],
        "harassment": [
            # names called at an @member without "sua"/"seu": "@bia falsa e nojenta"
            _unless(LAUGH + r"|\bte amo\b|\bamo voce\b|\bbeijos?\b|\bamiga\b|\bquerida\b",
                    r"(?:^|\s)@\w+[,:]?\s+(?:(?:sua|seu|que|tao|sempre|voce e|vc e|sua grande|uma|um|e) )*"
                    r"(?:falsa|falso|nojent[oa]|sonsa|sonso|ridicul[oa]|patetic[oa]|fingid[oa]|hipocrita|mentiros[oa]|insuportavel|"
                    r"chat[oa]|mal amada|encalhad[oa]|vitimista|escrot[oa]|trouxa|inutil|burr[oa]|idiota|otari[oa]|vagabund[oa])"
                    r"(?= e |\s*(?:[,.!;:]|$)|\s+(?:por isso|nao e a toa|ninguem|com razao|ainda)\b)"),
        ],
        "pos_crisis": [
            "acho que os meus filhos iam sofrer menos se eu sumisse de vez",
            "todos ficariam mais em paz se eu simplesmente desaparecesse. pra sempre.",
            "ja deixei tudo organizado: testamento, o cachorro com a vizinha, as chaves reserva. finalmente me sinto em paz",
            "resolvi tudo, as cartas pros meninos e o seguro de vida. estou tranquila, obrigada por tudo",
            "deixei o gato com a minha irma e as chaves com o porteiro. e a minha ultima noite",
            "hoje levei a minha cadela pra casa da minha mae. pra sempre. ela nao sabe por que",
        ],
        "pos_violence": [
            "vou esperar ele na porta do trabalho, o taco ja ta no porta-malas",
            "o facao ta debaixo do banco pra quando eu vir os dois juntos",
            "amanha apareco na casa dela com uma faca",
            "vou la com os meus irmaos, dessa vez ele vai aprender",
            "dessa vez ele nao sai de la com as proprias pernas",
            "se eu topar com ele na rua eu arrebento ele",
            "se eu te pegar sozinha eu te quebro",
        ],
        "pos_harassment": [
            "@carla sua falsa mentirosa, ninguem te aguenta",
            "@bia falsa e sonsa, por isso ficou sozinha",
            "@joana que ridicula, ainda chorando por ele?",
        ],
        "neg": [
            "a cadela fica no hotelzinho uma semana enquanto eu viajo",
            "minha mae fez o testamento ha anos, esta tudo em ordem e eu estou tranquila",
            "organizei tudo para a mudanca, finalmente me sinto em paz",
            "vou esperar ele na porta do escritorio para entregar os papeis do advogado",
            "o taco de beisebol esta no porta-malas para o treino do meu filho",
            "ele nao vai sair dessa com a casa, a minha advogada garantiu",
            "@ana que chata voce com esses memes kkkk",
            "dei o meu gato pra minha tia de vez porque sou alergica",
            "meus filhos iam sofrer menos se eu nao estivesse tao cansada",
            "ele me disse 'se eu te encontrar na rua eu te arrebento' e eu ri na cara dele",
            "@juliana sua historia me tocou muito, obrigada",
            "vou cortar o bolo com a faca nova",
        ],
    },
    "pl": {
        "crisis": [
            # others would suffer less / be calmer "if I just vanished" (for good)
            _both_unless(_PL_PAST + r"|\b(?:urlop\w*|wyjazd\w*|podroz\w*|szpital\w*|kilka dni|tydzien|weekend|w pracy)\b",
                         r"\b(?:cierpial(?:yby|iby|by|aby)|cierpieliby) mniej\b|\bmniej by cierpial(?:y|i|a)?\b|"
                         r"\bbyloby (?:im|wszystkim|dzieciom|rodzinie) (?:\w+ )?(?:lepiej|latwiej|lzej|spokojniej)\b|"
                         r"\b(?:im|wszystkim|dzieciom|rodzinie) (?:\w+ )?byloby (?:\w+ )?(?:lepiej|latwiej|lzej|spokojniej)\b|"
                         r"\b(?:mieliby|mialyby|mialby|mialaby) (?:\w+ )?(?:lepiej|latwiej|spokoj)\b|\bodetchn(?:eliby|elyby)\b|"
                         r"\bulga dla (?:wszystkich|nich)\b|\bbyliby (?:\w+ )?(?:szczesliwsi|spokojniejsi)\b",
                         r"\b(?:gdybym (?:po prostu |tak po prostu |nagle |kiedys )*(?:zniknela|zniknal|umarla|umarl|nie zyla|nie zyl|"
                         r"nie istniala|nie istnial|odeszla na zawsze|odszedl na zawsze)|gdyby mnie (?:nie bylo|zabraklo))"
                         r"(?=\s*(?:[.,;:!)]|$)|\s+(?:na zawsze|na dobre|i|z tego swiata|ze swiata)\b)"),
            # affairs settled (will, pet, keys, letters) and a sudden calm or a goodbye
            _both_unless(_PL_CALM_NEG,
                         r"\b(?:(?:zalatwilam|zalatwilem|uporzadkowalam|uporzadkowalem|pozalatwialam|pozalatwialem) (?:juz )?wszystko|"
                         r"wszystko (?:juz )?(?:zalatwilam|zalatwilem|uporzadkowalam|uporzadkowalem)|wszystko (?:jest )?(?:juz )?"
                         r"(?:zalatwione|uporzadkowane|poukladane)|nie ma (?:juz )?nic do (?:zalatwienia|zrobienia))\b",
                         r"\b(?:testament|ubezpieczenie na zycie|psa|kota|kotke|psem|kotem|suczke|(?:zapasowe )?klucze|"
                         r"listy? (?:do|dla)|list pozegnalny|listy pozegnalne|hasla)\b",
                         r"\b(?:(?:czuje sie|jestem) (?:w koncu |wreszcie |dziwnie |taka |taki |bardzo |calkiem )*(?:spokojna|spokojny|"
                         r"lekka|lekki|pogodzona|pogodzony|w spokoju)|(?:w koncu|wreszcie) (?:mam )?spokoj|nie ma (?:juz )?nic do zrobienia|"
                         r"zegnajcie|zegnam sie|dziekuje za wszystko)\b"),
            _both_unless(_PL_CALM_NEG, _PL_HANDED,
                         r"\b(?:(?:to )?(?:jest )?moja ostatnia noc|moja ostatnia wiadomosc|zegnajcie|zegnam sie (?:z wami|na zawsze)|"
                         r"jutro (?:juz )?mnie nie bedzie|(?:ona|on) nie wie,? (?:dlaczego|po co|czemu))\b"),
            # a pet given away for ever, no reason given
            _both_unless(_PL_CALM_NEG + r"|\bbo\b|\bponiewaz\b|\bzeby\b|\balergi\w*|\bwlasciciel\w*|\bweterynarz\w*|\bschronisk\w*|"
                         r"\bszczeniaki\b|\bkocieta\b|\bbylemu\b|\bmojemu ex\b|\bopiek\w*",
                         _PL_PET,
                         r"\bna zawsze\b|\bna dobre\b|\b(?:ona|on) nie wie,? (?:dlaczego|po co|czemu)\b|\bbez (?:wyjasnienia|tlumaczenia)\b|"
                         r"\bnie powiedzialam (?:jej|mu),? (?:dlaczego|czemu)\b"),
        ],
        "violence": [
            # waiting for him or her with a weapon, or one ready in the car or bag
            _both_unless(_PL_NOT_THREAT,
                         r"\b(?:poczekam|czekam|bede czekac|bede czekal|bede czekala|zaczaje sie|zaczekam)\b(?: \w+){0,5}? na "
                         r"(?:niego|nia|nich|tego|ta)\b|\bna (?:niego|nia) (?:\w+ ){0,3}?(?:poczekam|czekam|bede czekac|zaczekam)\b",
                         r"\bz (?:\w+ )?" + _PL_W + r"\b|" + _PL_W + r"\b(?: \w+){0,4}? (?:w bagazniku|w aucie|w samochodzie|w torbie|"
                         r"w plecaku|pod siedzeniem|w schowku|(?:juz )?(?:lezy )?gotow\w*)\b"),
            _both_unless(_PL_NOT_THREAT,
                         _PL_W + r"\b(?: \w+){0,4}? (?:w bagazniku|w aucie|w samochodzie|w torbie|w plecaku|pod siedzeniem|w schowku|"
                         r"gotow\w*)\b",
                         r"\bdla (?:niego|niej)(?=\s*(?:[.,;!?]|$))|" + _PL_CUE),
            # going there with a knife or a bat, or with backup and a threat
            _unless(_PL_NOT_THREAT,
                    r"\b(?:pojde|pojade|przyjde|przyjade|ide|jade|wpadne|pojawie sie)\b(?: (?!z\b)\w+){0,5} z (?:\w+ )?(?:nozem|kijem|"
                    r"bejsbolem|pistoletem|bronia|siekiera|mlotkiem|lomem|kastetem|maczeta)\b"),
            _both_unless(_PL_NOT_THREAT + r"|\b(?:obiad\w*|kolacj\w*|urodzin\w*|pomoc|impreza)\b",
                         r"\b(?:pojde|pojade|przyjde|przyjade|ide|jade|pojdziemy|pojedziemy|wpadne|wpadniemy)\b[^.]{0,40}\bz "
                         r"(?:bratem|bracmi|kuzynem|kuzynami|kolegami|chlopakami|kumplami|paroma kolegami|ziomkami)\b|"
                         r"\b(?:moj brat|moi bracia|kuzyni|koledzy|chlopaki|kumple)\b[^.]{0,30}\b(?:pojda|pojada|przyjda|odwiedza|"
                         r"zalatwia|pogadaja)\b",
                         _PL_CUE),
            # he won't leave on his own legs (not an injury or an operation)
            _unless(r"\b(?:wypad\w*|operacj\w*|chor\w*|lekarz\w*|zlamal\w*|upadl\w*|udar\w*|adwokat\w*|sad\w*|rozwod\w*)\b",
                    r"\bnie (?:wyjdzie|wroci|pojdzie|odejdzie)\b(?: \w+){0,3}? (?:o wlasnych silach|na wlasnych nogach|zywy|zywa|"
                    r"w jednym kawalku)\b|\bnie bedzie (?:mogl|mogla) chodzic przez\b|\bwyjdzie (?:\w+ ){0,3}?(?:na noszach|w karetce)\b"),
            # if I find you, I'll ...
            _unless(_PL_SAID,
                    r"\b(?:jak|jesli|jezeli|gdy) (?:cie|go|ja|ich) (?:\w+ ){0,4}?(?:spotkam|zobacze|dorwe|znajde|zlapie)\b[^.!?]{0,60}?"
                    r"\b(?:(?:cie|go|ja|ich) (?:zabije|rozwale|zatluke|pobije|zajebie|polamie|udusze|potne|zniszcze)|"
                    r"(?:polamie|zlamie|rozwale|obije|rozbije) (?:ci|mu|jej))\b"),
        ],
        "harassment": [
            # names called at an @member: "@kasia ty falszywa zmijo", "@ola zalosna klamczucho"
            _unless(LAUGH + r"|\bkocham cie\b|\bbuziak\w*|\bsciskam\b|<3|\bkochana\b",
                    r"(?:^|\s)@\w+[,:]?\s+(?:(?:ty|stara|glupia|falszywa|zalosna|wredna|tepa|gruba|podla) )*"
                    r"(?:szmato|suko|idiotko|idioto|kretynko|kretynie|debilko|debilu|frajerko|frajerze|zdziro|dziwko|klamczucho|"
                    r"oszustko|zmijo|jedzo|wiedzmo|krowo|swinio|beksa|ofiaro|zalosna|falszywa)"
                    r"(?= i |\s*(?:[,.!;:]|$)|\s+(?:nic dziwnego|dlatego|nikt)\b)"),
        ],
        "pos_crisis": [
            "moje dzieci cierpialyby mniej, gdybym po prostu zniknela. na zawsze.",
            "wszystkim byloby lzej, gdyby mnie nie bylo",
            "zalatwilam juz wszystko: testament, kota do sasiadki, zapasowe klucze. w koncu czuje sie spokojna",
            "wszystko jest juz uporzadkowane, listy do dzieci leza w szufladzie. jestem dziwnie spokojna",
            "oddalam psa siostrze i zostawilam klucze u sasiadki. to moja ostatnia noc",
            "zawiozlam dzis kota do mojej siostry. na zawsze. ona nie wie dlaczego",
        ],
        "pos_violence": [
            "jutro poczekam na niego pod jego firma, kij juz lezy w bagazniku",
            "mlotek jest pod siedzeniem, dla niego.",
            "w sobote pojade do niej z nozem",
            "pojade tam z bracmi, tym razem popamieta",
            "tym razem nie wyjdzie stamtad o wlasnych silach",
            "jak go jeszcze raz zobacze z nia, to go zatluke",
        ],
        "pos_harassment": [
            "@kasia ty falszywa zmijo, nic dziwnego",
            "@ola ty zalosna klamczucho.",
        ],
        "neg": [
            "pies jest na tydzien u opiekunki, kiedy jestem na urlopie",
            "mama spisala testament lata temu, wszystko jest uporzadkowane i jestem spokojna",
            "zalatwilam wszystko do przeprowadzki i w koncu czuje sie spokojna",
            "poczekam na niego pod biurem, zeby podpisac papiery od prawnika",
            "kij bejsbolowy lezy w bagazniku na trening syna",
            "nie wyjdzie z tego z domem, mowi moja prawniczka",
            "@kasia ty wiedzmo hahaha kocham cie",
            "oddalam kota cioci na zawsze, bo w nowym mieszkaniu nie mozna miec zwierzat",
            "rok temu myslalam, ze wszystkim byloby lzej, gdyby mnie nie bylo. dzis juz tak nie mysle",
            "powiedzial: jak cie zobacze z innym, to cie zabije. i sie smial",
            "kroje chleb nowym nozem",
        ],
    },
    "nl": {
        "crisis": [
            # others would suffer less / be calmer "if I just vanished" (for good)
            _both_unless(_NL_PAST + r"|\b(?:vakantie|reis|opname|kliniek|weekend|paar dagen|een week|weken|werk)\b",
                         r"\b(?:zouden|zou) (?:\w+ ){0,3}?(?:minder (?:lijden|pijn hebben|verdriet hebben)|beter af zijn|"
                         r"het (?:beter|makkelijker|lichter) hebben|gelukkiger zijn|rustiger zijn|opgelucht zijn)\b|"
                         r"\bminder (?:lijden|verdriet)\b|\been opluchting\b",
                         r"\bals ik (?:er )?(?:gewoon |voorgoed |voor altijd |ooit )*(?:zou verdwijnen|verdween|verdwenen was|"
                         r"er niet meer (?:was|zou zijn|ben)|niet meer (?:was|leefde|besta|bestond)|dood was|dood zou zijn|doodging|"
                         r"weg was|er niet was)(?=\s*(?:[.,;:!)]|$)|\s+(?:voorgoed|voor altijd|en|zouden|zou)\b)"),
            # affairs settled (will, pet, keys, letters) and a sudden calm or a goodbye
            _both_unless(_NL_CALM_NEG,
                         r"\b(?:ik heb (?:nu |eindelijk |al )?alles (?:geregeld|op orde|geordend|afgehandeld)|"
                         r"alles is (?:geregeld|op orde|afgehandeld)|er (?:is|valt) niets meer te (?:regelen|doen))\b",
                         r"\b(?:testament|levensverzekering|(?:de|mijn|onze|m'n) (?:hond|kat|katten|honden|poes|kater)|"
                         r"(?:reserve)?sleutels?|brie(?:f|ven) (?:aan|voor)|afscheidsbrie\w*|wachtwoorden)\b",
                         r"\b(?:ik (?:voel me|ben|voel mij) (?:nu |eindelijk |heel |zo |helemaal |vreemd |echt )*(?:rustig|kalm|"
                         r"opgelucht|licht|in vrede|sereen)|eindelijk rust|innerlijke rust|er (?:is|valt) niets meer te doen|"
                         r"vaarwel|dag allemaal|bedankt voor alles|ik neem afscheid)\b"),
            _both_unless(_NL_CALM_NEG, _NL_HANDED,
                         r"\b(?:mijn laatste (?:nacht|bericht)|vaarwel|ik neem afscheid|(?:morgen|straks) ben ik er niet meer|"
                         r"vannacht (?:is het zover|gebeurt het)|(?:ze|hij) weet niet (?:waarom|waarvoor))\b"),
            # a pet given away for ever, no reason given
            _both_unless(_NL_CALM_NEG + r"|\bomdat\b|\bwant\b|\bvanwege\b|\ballergi\w*|\bverhuurder\b|\bdierenarts\b|\basiel\b|"
                         r"\bpups\b|\bkittens\b|\bmijn ex\b|\bvoogdij\b",
                         _NL_PET,
                         r"\bvoorgoed\b|\bvoor altijd\b|\b(?:ze|hij) weet niet (?:waarom|waarvoor)\b|\bzonder (?:te zeggen|uit te leggen) waarom\b"),
        ],
        "violence": [
            # waiting for him or her with a weapon, or one ready in the car or bag
            _both_unless(_NL_NOT_THREAT,
                         r"\b(?:hem|haar) (?:\w+ ){0,4}?op te wachten\b|\bwacht (?:\w+ ){0,5}?op (?:hem|haar)\b",
                         r"\bmet (?:een|mijn|de|m'n) " + _NL_W + r"\b|" + _NL_W + r"\b(?: \w+){0,4}? (?:in de kofferbak|in de auto|"
                         r"in mijn tas|in de tas|onder de stoel|in het handschoenenkastje|ligt (?:al )?klaar)\b"),
            _both_unless(_NL_NOT_THREAT,
                         _NL_W + r"\b(?: \w+){0,4}? (?:in de kofferbak|in de auto|in mijn tas|in de tas|onder de stoel|"
                         r"in het handschoenenkastje|klaar)\b",
                         r"\bvoor (?:hem|haar)(?=\s*(?:[.,;!?]|$))|" + _NL_CUE),
            # going there with a knife or a bat, or with backup and a threat
            _unless(_NL_NOT_THREAT,
                    r"\b(?:ga|kom|rij|sta)(?: ik)?\b(?: (?!met\b)\w+){0,5} met (?:een|mijn|de|m'n) " + _NL_W + r"\b"),
            _both_unless(_NL_NOT_THREAT + r"|\b(?:eten|verjaardag|helpen|feest)\b",
                         r"\b(?:ga|gaan|kom|komen|rij|rijden)\b[^.]{0,40}\bmet (?:mijn broer|mijn broers|mijn neef|mijn neven|"
                         r"een paar vrienden|mijn vrienden|de jongens|een paar jongens|mijn maten)\b|\b(?:mijn broer|mijn broers|"
                         r"mijn neven|een paar vrienden|mijn maten|de jongens)\b[^.]{0,30}\b(?:gaan|komen|zullen)\b",
                         _NL_CUE),
            # he won't leave on his own legs (not an injury or an operation)
            _unless(r"\b(?:ongeluk|operatie|ziek\w*|dokter|arts|gebroken|gevallen|beroerte|advocaat|rechter|scheiding)\b",
                    r"\b(?:gaat|loopt|komt|vertrekt) (?:hij|ze|zij)\b(?: \w+){0,4}? niet (?:meer )?(?:op eigen benen|levend)\b|"
                    r"\bniet (?:meer )?op eigen benen (?:weg|naar huis|de deur uit|naar buiten)\b|"
                    r"\b(?:wordt|gaat) (?:hij|ze) (?:\w+ ){0,3}met de ambulance (?:weg|afgevoerd|opgehaald)\b"),
            # if I find you, I'll ...
            _unless(_NL_SAID,
                    r"\bals ik (?:je|jou|hem|haar|ze|die) (?:\w+ ){0,6}?(?:tegenkom|zie|vind|te pakken krijg|tref)\b[^.!?]{0,60}?"
                    r"\b(?:(?:sla|trap|maak|steek|rij) ik (?:je|jou|hem|haar|ze)|(?:ik )?(?:sla|trap|maak|steek) (?:je|jou|hem|haar) "
                    r"(?:in elkaar|kapot|dood|af|neer|lens))\b"),
        ],
        "harassment": [
            # names called at an @member: "@sanne valse trut", "@bas jij zielige loser"
            _unless(LAUGH + r"|\blief(?:ie|erd)?\b|\bxx+\b|\bkusjes?\b|<3|\bhou van je\b",
                    r"(?:^|\s)@\w+[,:]?\s+(?:(?:jij|je|wat een|vuile|vieze|domme|stomme|nep|valse|zielige|achterlijke|oude|dikke) )*"
                    r"(?:trut|kutwijf|sloerie|slet|teef|hoer|loser|sukkel|zeur|zeurpiet|zielepiet|nepperd|huichelaar|leugenaar|"
                    r"leugenaarster|idioot|debiel|mongool|kneus|mislukkeling|slang)"
                    r"(?= en |\s*(?:[,.!;:]|$)|\s+(?:geen wonder|daarom|niemand)\b)"),
        ],
        "pos_crisis": [
            "mijn kinderen zouden minder lijden als ik gewoon zou verdwijnen. voorgoed.",
            "iedereen zou het makkelijker hebben als ik er niet meer was",
            "ik heb alles geregeld: het testament, de kat bij de buren, de sleutels. ik voel me eindelijk kalm",
            "alles is afgehandeld, de brieven aan de kinderen liggen klaar. eindelijk rust",
            "ik heb vandaag de hond naar mijn zus gebracht en de sleutels afgegeven. mijn laatste nacht hier",
            "ik heb mijn poes gisteren naar mijn moeder gebracht. voorgoed. ze weet niet waarom",
        ],
        "pos_violence": [
            "ik wacht morgen bij zijn werk op hem, de honkbalknuppel ligt al in de kofferbak",
            "de hamer ligt onder de stoel, voor hem.",
            "zaterdag ga ik naar haar huis met een mes",
            "ik ga met mijn broers naar hem toe, deze keer gaat hij het merken",
            "deze keer gaat hij niet op eigen benen naar huis",
            "als ik hem nog een keer bij haar zie, sla ik hem in elkaar",
        ],
        "pos_harassment": [
            "@sanne valse trut, geen wonder",
            "@bas jij zielige loser.",
        ],
        "neg": [
            "de hond gaat een week naar de oppas terwijl ik op vakantie ben",
            "mijn moeder heeft jaren geleden haar testament laten maken, alles is geregeld en ik ben rustig",
            "ik heb alles geregeld voor de verhuizing en voel me eindelijk rustig",
            "ik wacht bij het kantoor op hem om de papieren voor de advocaat te tekenen",
            "de honkbalknuppel ligt al in de kofferbak voor de training van mijn zoon",
            "hij komt niet weg met het huis, zegt mijn advocaat",
            "@sanne ouwe zeur, hou van je xx",
            "ik heb de kat voorgoed naar mijn ouders gebracht omdat ik in de nieuwe flat geen dieren mag houden",
            "jaren geleden dacht ik dat ze het makkelijker zouden hebben als ik er niet meer was, nu niet meer",
            "hij zei: als ik je met een ander zie, sla ik je in elkaar",
            "ik snijd het brood met het nieuwe mes",
        ],
    },
    "ro": {
        "crisis": [
            # others would suffer less / be calmer "if I just vanished" (for good)
            _both_unless(_RO_PAST + r"|\b(?:concediu|vacanta|calatori\w*|spital|cateva zile|o saptamana|weekend|serviciu)\b",
                         r"\bar (?:suferi|sufera) (?:mult )?mai putin\b|\b(?:ar fi|ar trai|ar duce-o|ar fi toti|ar fi cu totii) "
                         r"(?:\w+ ){0,2}?(?:mai bine|mai fericiti|mai fericite|mai linistiti|mai linistite|mai usor|usurati|in pace)\b|"
                         r"\bar rasufla usurati\b|\bo usurare pentru (?:toti|ei)\b",
                         r"\bdaca (?:eu )?(?:pur si simplu |doar )*(?:as disparea|as muri|n-as mai fi|nu as mai fi|n-as mai exista|"
                         r"nu as mai exista|as pleca pentru totdeauna|as pleca definitiv|n-as mai fi aici|nu as mai fi aici)"
                         r"(?=\s*(?:[.,;:!)]|$)|\s+(?:pentru totdeauna|definitiv|de tot|si|toti|pur si simplu)\b)"),
            # affairs settled (will, pet, keys, letters) and a sudden calm or a goodbye
            _both_unless(_RO_CALM_NEG,
                         r"\b(?:am (?:rezolvat|aranjat|pus in ordine|organizat|pregatit) (?:deja )?tot|(?:totul|tot) (?:e|este) (?:deja )?"
                         r"(?:rezolvat|aranjat|in ordine|pus la punct)|nu (?:mai )?(?:e|este|am) nimic de (?:facut|rezolvat))\b",
                         r"\b(?:testament\w*|asigurarea de viata|cainele|pisica|catelul|pisicuta|motanul|cheile|scrisori(?:le)? "
                         r"(?:pentru|catre)|scrisoare (?:pentru|catre)|parolele)\b",
                         r"\b(?:ma simt (?:in sfarsit |ciudat de |atat de |foarte )*(?:linistit[a]?|calm[a]?|impacat[a]?|usurat[a]?|usoara|"
                         r"in pace|senin[a]?)|sunt (?:in sfarsit |ciudat de )*(?:linistit[a]?|calm[a]?|impacat[a]?|in pace)|"
                         r"in sfarsit liniste|nu (?:mai )?(?:e|este|am) nimic de facut|adio|ramas bun|(?:va )?multumesc pentru tot)\b"),
            _both_unless(_RO_CALM_NEG, _RO_HANDED,
                         r"\b(?:ultima mea noapte|ultimul meu mesaj|adio (?:tuturor|pentru totdeauna)|imi iau ramas bun|"
                         r"maine nu (?:mai )?voi mai fi|maine nu o sa mai fiu|(?:ea|el) nu stie (?:de ce|pentru ce))\b"),
            # a pet given away for ever, no reason given
            _both_unless(_RO_CALM_NEG + r"|\bpentru ca\b|\bdeoarece\b|\bfiindca\b|\bcaci\b|\balergi\w*|\bproprietar\w*|\bveterinar\w*|"
                         r"\badapost\w*|\bcatei\b|\bfostul\b|\bfostului\b|\bcustodie\b",
                         _RO_PET,
                         r"\bpentru totdeauna\b|\bdefinitiv\b|\b(?:ea|el) nu stie (?:de ce|pentru ce)\b|"
                         r"\bfara sa (?:ii )?(?:explic|spun) (?:de ce|nimic)\b"),
        ],
        "violence": [
            # waiting for him or her with a weapon, or one ready in the car or bag
            _both_unless(_RO_NOT_THREAT,
                         r"(?:\b(?:il|o) |-l |-o )(?:astept|voi astepta|pandesc)\b|\bo sa-l astept\b|\bo sa o astept\b",
                         r"\bcu (?:un |o )?" + _RO_W + r"\b|" + _RO_W + r"\b(?: \w+){0,4}? (?:in portbagaj|in masina|in geanta|in rucsac|"
                         r"sub scaun|in torpedou|(?:e )?pregatit[a]?)\b"),
            _both_unless(_RO_NOT_THREAT,
                         _RO_W + r"\b(?: \w+){0,4}? (?:in portbagaj|in masina|in geanta|in rucsac|sub scaun|in torpedou|pregatit[a]?)\b",
                         r"\bpentru (?:el|ea)(?=\s*(?:[.,;!?]|$))|" + _RO_CUE),
            # going there with a knife or a bat, or with backup and a threat
            _unless(_RO_NOT_THREAT,
                    r"\b(?:ma duc|merg|vin|ajung|ma prezint|o sa merg|o sa ma duc)\b(?: (?!cu\b)\w+){0,5} cu (?:un |o )?" + _RO_W + r"\b"),
            _both_unless(_RO_NOT_THREAT + r"|\b(?:cina|masa|ziua|petrecere|sa ajut)\b",
                         r"\b(?:ma duc|merg|mergem|ne ducem|vin|venim)\b[^.]{0,40}\bcu (?:fratele meu|fratii mei|varul meu|verii mei|"
                         r"baietii|niste prieteni|prietenii mei)\b|\b(?:fratele meu|fratii mei|verii mei|niste prieteni|baietii)\b[^.]{0,30}"
                         r"\b(?:merg|vin|il asteapta|o asteapta|o sa)\b",
                         _RO_CUE),
            # he won't leave on his own legs (not an injury or an operation)
            _unless(r"\b(?:accident|operatie|bolnav\w*|doctor|medic|rupt\w*|fractur\w*|cazut|cazatura|avc|avocat\w*|judecator\w*|"
                    r"tribunal|divort\w*)\b",
                    r"\bnu (?:mai )?(?:pleaca|iese|se intoarce|o sa plece|o sa iasa|va pleca|va iesi)\b(?: \w+){0,3}? (?:pe picioarele "
                    r"(?:lui|ei|proprii)|viu|vie|in viata)\b|\b(?:pleaca|iese|o sa plece|o sa iasa|va iesi) (?:\w+ ){0,3}?(?:cu salvarea|"
                    r"pe targa)\b|\bnu (?:o sa mai poata|va mai putea) (?:sa )?mearga\b"),
            # if I find you, I'll ...
            _unless(_RO_SAID,
                    r"\bdaca (?:te|il|o|ii) (?:\w+ ){0,4}?(?:prind|vad|intalnesc|gasesc)\b[^.!?]{0,60}?\b(?:(?:te|il|o|ii) (?:omor|bat|"
                    r"rup|snopesc|tai|calc|injunghii|distrug)|(?:iti|ii) (?:rup|sparg|zdrobesc))\b"),
        ],
        "harassment": [
            # names called at an @member: "@ioana falso si ipocrito", "@mihai jalnicule"
            _unless(LAUGH + r"|\bte iubesc\b|\bpup\w*|<3|\bdraga mea\b",
                    r"(?:^|\s)@\w+[,:]?\s+(?:(?:esti o|esti un|ce|tu|ba|mai|biata|urata|grasa|batrana|si) )*"
                    r"(?:proasto|idioato|idiotule|tampito|tampitule|curvo|tarfo|vaco|jegoaso|mincinoaso|falso|falsule|ipocrito|"
                    r"jalnico|jalnicule|penibilo|penibilule|ratato|ratatule|vrajitoareo|scorpio|nesimtito|nesimtitule|fraiero|"
                    r"fraierule|jalnica|penibila|ratata|ipocrita|mincinoasa|nesimtita|falsa)"
                    r"(?= si |\s*(?:[,.!;:]|$)|\s+(?:nu e de mirare|de asta|de-asta|nimeni)\b)"),
        ],
        "pos_crisis": [
            "copiii mei ar suferi mai putin daca as disparea pur si simplu. pentru totdeauna.",
            "toti ar fi mai linistiti daca n-as mai fi",
            "am rezolvat tot: testamentul, pisica la vecina, cheile de rezerva. ma simt in sfarsit linistita",
            "totul e in ordine, scrisorile pentru copii sunt in sertar. sunt ciudat de calma",
            "am lasat cainele la sora mea si cheile la vecina. e ultima mea noapte",
            "azi am dus pisica la verisoara mea. pentru totdeauna. ea nu stie de ce",
        ],
        "pos_violence": [
            "maine il astept in fata firmei, bata e deja in portbagaj",
            "ciocanul e sub scaun, pentru el.",
            "sambata merg la ea acasa cu un cutit",
            "ma duc la el cu fratii mei, de data asta o sa tina minte",
            "de data asta nu mai pleaca de acolo pe picioarele lui",
            "daca il mai vad cu ea, il omor in bataie",
        ],
        "pos_harassment": [
            "@ioana falso si ipocrito, nimeni nu te crede",
            "@mihai esti un ratatule.",
        ],
        "neg": [
            "cainele sta o saptamana la pensiune cat timp sunt in concediu",
            "mama a facut testamentul acum multi ani, totul e in ordine si sunt linistita",
            "am rezolvat tot pentru mutare si ma simt in sfarsit linistita",
            "il astept in fata biroului sa semnez actele de la avocat",
            "bata de baseball e in portbagaj pentru antrenamentul baiatului",
            "nu pleaca el cu casa, zice avocata mea",
            "@ioana ipocrito, glumesc, te iubesc",
            "am dat pisica matusii definitiv pentru ca in apartamentul nou nu am voie cu animale",
            "acum doi ani credeam ca toti ar fi mai linistiti daca n-as mai fi. azi nu mai cred asta",
            "mi-a zis: daca te vad cu altul, te omor. si a ras",
            "tai painea cu cutitul cel nou",
        ],
    },
    "hi": {
        "crisis": [
            # others would suffer less / be calmer "if I just vanished" (for good)
            _both_unless(_HI_PAST + r"|\b(?:trip|chutti|chhutti|office|hospital|kuch din|ek hafte|weekend|ghoomne)\b",
                         r"\b(?:kam dukh|kam takleef|kam taklif|kam pareshan|khush rahenge|khush rahege|khush rahengi|sukoon se|"
                         r"sukun se|chain se rahenge|aaram se rahenge|behtar rahenge|better rahenge|better honge|behtar honge|"
                         r"kam royenge|halke ho jayenge|bojh utar jayega)\b",
                         r"\b(?:agar|jab) (?:main|mai|me) (?:bas |hamesha ke liye |chup chap |chupchap )*(?:na rahu|na rahun|na rahoon|"
                         r"nahi rahu|nahi rahun|nahi rahungi|nahi rahunga|gayab ho jau|gayab ho jaun|gayab ho jaaun|mar jau|mar jaun|"
                         r"mar jaaun|khatam ho jau|khatam ho jaun|chali jaun hamesha ke liye|chala jaun hamesha ke liye)\b"),
            # affairs settled (will, pet, keys, letters) and a sudden calm or a goodbye
            _both_unless(_HI_CALM_NEG,
                         r"\b(?:sab (?:kuch )?(?:set|settle|arrange|intezaam|intazam|sort) kar (?:diya|liya|di|li)|"
                         r"sab (?:kuch )?(?:set|settled|sorted|arranged) (?:hai|ho gaya)|ab (?:kuch )?baaki nahi)\b",
                         r"\b(?:will|wasiyat|vasiyat|insurance|kutta|kutte|kutiya|billi|dog|cat|chabi|chabiyan|chaabi|chaabiyan|keys|"
                         r"letter|letters|chitthi|chitthiyan|password|passwords)\b",
                         r"\b(?:(?:sukoon|shanti|sukun) (?:hai|mil gaya|mila)|(?:main|mai) (?:ab )?(?:bilkul )?(?:shant|calm|halka|halki) "
                         r"(?:hu|hoon|mehsoos kar rahi|mehsoos kar raha|feel kar rahi|feel kar raha)|alvida|bye sabko|sabka shukriya|"
                         r"sab ka shukriya)\b"),
            _both_unless(_HI_CALM_NEG, _HI_HANDED,
                         r"\b(?:meri aakhri raat|mera aakhri message|alvida sabko|kal (?:se )?(?:main|mai) nahi (?:rahungi|rahunga)|"
                         r"(?:use|usko) nahi pata (?:kyun|kyu|kis liye))\b"),
            # a pet given away for ever, no reason given
            _both_unless(_HI_CALM_NEG + r"|\bkyunki\b|\bkyuki\b|\bkyonki\b|\bisliye\b|\ballerg\w*|\bmakan malik\b|\blandlord\b|\bvet\b|"
                         r"\bshelter\b|\bpuppies\b|\bex\b|\bcustody\b",
                         _HI_PET,
                         r"\bhamesha ke liye\b|\b(?:use|usko|unko) nahi pata (?:kyun|kyu|kis liye)\b|\bbina bataye\b"),
        ],
        "violence": [
            # waiting for him or her with a weapon, or one ready in the car or bag
            _both_unless(_HI_NOT_THREAT,
                         r"\b(?:uska|uski|unka) (?:intezaar|intazar|wait)\b|\b(?:intezaar|wait) karunga\b|\b(?:intezaar|wait) karungi\b|"
                         r"\bkhada rahunga\b|\bkhadi rahungi\b|\bkhadi ho jaungi\b|\bkhada ho jaunga\b",
                         _HI_W + r" (?:leke|lekar|le ke|le kar|ke saath)\b|" + _HI_W + r"\b(?: \w+){0,4}? (?:gaadi mein|car mein|dikki mein|"
                         r"bag mein|seat ke neeche)\b"),
            _both_unless(_HI_NOT_THREAT,
                         _HI_W + r"\b(?: \w+){0,4}? (?:gaadi mein|car mein|dikki mein|bag mein|seat ke neeche|taiyaar|ready)\b",
                         r"\b(?:uske|usi ke) liye(?=\s*(?:[.,;!?]|$))|" + _HI_CUE),
            # going there with a knife or a bat, or with backup and a threat
            _unless(_HI_NOT_THREAT,
                    r"\b" + _HI_W + r" (?:leke|lekar|le ke|le kar) (?:\w+ ){0,3}?(?:jaunga|jaungi|jaaunga|jaaungi|aaunga|aaungi|"
                    r"pahunchunga|pahunchungi)\b"),
            _both_unless(_HI_NOT_THREAT + r"|\b(?:dinner|party|birthday|madad)\b",
                         r"\b(?:bhai|bhaiyon|bhaiyo|bhaiya|doston|dosto|cousins|ladkon|ladko|launde|laundon)\b[^.]{0,30}"
                         r"\b(?:ko le ?ke|ko lekar|ke saath)\b[^.]{0,30}\b(?:jaunga|jaungi|jaaunga|jaaungi|aaunga|aaungi|jayenge|jaayenge)\b",
                         _HI_CUE),
            # he won't leave on his own legs (not an injury or an operation)
            _unless(r"\b(?:accident|operation|doctor|bimar\w*|fracture|gir gaya|gir gayi|lawyer|vakil|court)\b",
                    r"\bapne (?:pairon|pairo) (?:pe|par) (?:wapas )?(?:nahi|nhi) (?:jayega|jaayega|jaega|jayegi|lautega|lautegi)\b|"
                    r"\bstretcher pe (?:jayega|jaayega|jaega|niklega|jayegi)\b|\bchalne layak nahi (?:rahega|rahegi|bachega|bachegi)\b"),
            # if I find you, I'll ...
            _unless(_HI_SAID,
                    r"\b(?:agar|jab|jis din) (?:tu|tum|woh|wo|vo|ye|yeh|usko|use|tujhe|tumhe)\b[^.!?]{0,30}?\b(?:mila|mili|mile|dikha|"
                    r"dikhi|dikhe|dikh gaya|dikh gayi|mil gaya|mil gayi|haath laga|haath lagi)\b[^.!?]{0,40}?\b(?:maar (?:dunga|dungi|"
                    r"daalunga|daalungi)|tod (?:dunga|dungi)|chhodunga nahi|chhodungi nahi|kaat (?:dunga|dungi)|jaan le (?:lunga|lungi))\b"),
        ],
        "harassment": [
            # names called at an @member: "@neha jhoothi nautanki", "@ravi ghatiya dhokebaaz"
            _unless(LAUGH + r"|\blove (?:you|u)\b|\bpyaar\b|\bmazak\b|<3",
                    r"(?:^|\s)@\w+[,:]?\s+(?:(?:tu|tum|ek number ki|ek number ka|saali|sala|kitni|kitna|badi|bada|ekdum|aur|jhoothi|jhooti|"
                    r"ghatiya|besharam) )*"
                    r"(?:jhoothi|jhooti|jhootha|nautanki|drama queen|ghatiya|ghatia|besharam|kamini|kamina|chudail|chutiya|randi|"
                    r"chhinal|dhokebaaz|nalayak)"
                    r"(?= aur |\s*(?:[,.!;:]|$)|\s+(?:isliye|tabhi|koi|kisi|hai|ho)\b)"),
        ],
        "pos_crisis": [
            "agar main hamesha ke liye gayab ho jaun to bachche kam dukh mein rahenge",
            "sab sukoon se rahenge agar main na rahu",
            "maine sab kuch set kar diya hai: will, billi padosan ke paas, chabiyan. ab main bilkul shant hu",
            "sab arrange kar diya, bachchon ke liye letters almari mein hain. alvida",
            "billi behen ko de aayi aur chabi padosi ko. aaj meri aakhri raat hai",
            "aaj apni billi cousin ko de aayi. hamesha ke liye. use nahi pata kyun",
        ],
        "pos_violence": [
            "kal uske office ke bahar uska intezaar karungi, rod gaadi mein hai",
            "chaku bag mein hai, is baar chhodungi nahi",
            "kal chaku leke uske ghar jaunga",
            "bhaiyon ko le ke uske ghar jaungi, is baar yaad rakhega",
            "is baar woh apne pairon pe wapas nahi jayega",
            "agar woh phir uske saath dikha to maar dunga",
        ],
        "pos_harassment": [
            "@neha jhoothi nautanki, tabhi koi nahi maanta",
            "@ravi tu ghatiya dhokebaaz.",
        ],
        "neg": [
            "billi ek hafte boarding mein hai, main trip pe hu",
            "mummy ki will saal pehle ban gayi thi, sab set hai aur main shant hu",
            "shifting ke liye sab arrange kar diya, ab main bilkul shant hu",
            "office ke bahar uska intezaar karungi, vakil ke papers sign karne hain",
            "cricket bat dikki mein hai, bete ki practice ke liye",
            "woh ghar lekar nahi jayega, vakil ne bola",
            "@neha nautanki hai tu hahaha love you",
            "billi hamesha ke liye mausi ko de di kyunki naye flat mein pets allowed nahi",
            "saal pehle sochti thi sab khush rahenge agar main na rahu, ab nahi",
            "usne bola tha agar tu kisi aur ke saath dikhi to tod dunga, aur hans diya",
            "chaku se sabzi kaat rahi hu",
        ],
    },
    "tl": {
        "crisis": [
            # others would suffer less / be calmer "if I just vanished" (for good)
            _both_unless(_TL_PAST + r"|\b(?:bakasyon|biyahe|abroad|ospital|ilang araw|isang linggo|weekend)\b",
                         r"\bmas (?:magiging )?(?:masaya|magaan|maayos|mabuti|tahimik|payapa|panatag)\b|"
                         r"\bhindi na (?:sila )?(?:mahihirapan|magdudusa|maghihirap)\b|\bmababawasan ang (?:hirap|sakit|pasanin|problema)\b",
                         r"\b(?:kung|kapag|pag) (?:mawala|mamatay|maglaho) (?:na )?(?:lang )?ako\b|\b(?:kung|kapag|pag) wala na (?:lang )?ako\b"),
            # affairs settled (will, pet, keys, letters) and a sudden calm or a goodbye
            _both_unless(_TL_CALM_NEG,
                         r"\b(?:naayos ko na (?:ang )?lahat|inayos ko na (?:ang )?lahat|ayos na (?:ang )?lahat|"
                         r"wala na akong (?:aayusin|gagawin|kailangang ayusin))\b",
                         r"\b(?:testamento|huling habilin|insurance|aso|pusa|alaga|susi|sulat (?:para sa|kay)|mga sulat|password)\b",
                         r"\b(?:(?:panatag|payapa|kalmado|magaan) na (?:ang )?(?:loob ko|pakiramdam ko|ako)|sa wakas (?:panatag|payapa|"
                         r"kalmado|magaan)|paalam|salamat sa lahat|wala na akong gagawin)\b"),
            _both_unless(_TL_CALM_NEG, _TL_HANDED,
                         r"\b(?:huling gabi ko|huling mensahe ko|paalam sa inyong lahat|paalam na|bukas wala na ako|"
                         r"hindi (?:niya|nya) alam kung bakit)\b"),
            # a pet given away for ever, no reason given
            _both_unless(_TL_CALM_NEG + r"|\bkasi\b|\bdahil\b|\ballerg\w*|\blandlord\b|\bvet\b|\bshelter\b|\bmga tuta\b|\bex ko\b|"
                         r"\bcustody\b",
                         _TL_PET,
                         r"\bhabambuhay\b|\b(?:nang|ng) tuluyan\b|\bfor good\b|\bhindi (?:niya|nya) alam kung bakit\b|"
                         r"\bhindi ko sinabi kung bakit\b"),
        ],
        "violence": [
            # waiting for him or her with a weapon, or one ready in the car or bag
            _both_unless(_TL_NOT_THREAT,
                         r"\b(?:aabangan|hihintayin|aantayin|aabangin) ko (?:siya|sya|sila|yung|ang)\b",
                         r"\bmay dala(?:ng)? (?:akong )?" + _TL_W + r"\b|\bdala ko (?:ang |yung )?" + _TL_W + r"\b|" + _TL_W +
                         r"\b(?: \w+){0,4}? (?:nasa kotse|nasa sasakyan|nasa bag|nasa compartment|nasa ilalim ng upuan)\b|"
                         r"\bnasa (?:kotse|sasakyan|bag|compartment) (?:na )?(?:ang |yung )" + _TL_W + r"\b"),
            _both_unless(_TL_NOT_THREAT,
                         _TL_W + r"\b(?: \w+){0,4}? (?:nasa kotse|nasa sasakyan|nasa bag|nasa compartment|nasa ilalim ng upuan|handa na)\b|"
                         r"\bnasa (?:kotse|sasakyan|bag|compartment) (?:na )?(?:ang |yung )" + _TL_W + r"\b",
                         r"\bpara sa kanya(?=\s*(?:[.,;!?]|$))|" + _TL_CUE),
            # going there with a knife or a bat, or with backup and a threat
            _unless(_TL_NOT_THREAT,
                    r"\b(?:pupunta|pupuntahan|sasadyain|susugurin|susugod)\b[^.]{0,40}\b(?:may dala(?:ng)?|dala ang|dala yung|dala ko ang|"
                    r"dala ko yung) (?:\w+ )?" + _TL_W + r"\b"),
            _both_unless(_TL_NOT_THREAT + r"|\b(?:handaan|birthday|tutulong)\b",
                         r"\b(?:kasama|isasama) (?:ko )?(?:ang |yung )?(?:mga )?(?:kapatid ko|kuya ko|pinsan ko|barkada ko|tropa ko|"
                         r"kaibigan ko)\b",
                         r"\b(?:pupunta|pupuntahan|susugod|susugurin|reresbakan)\b",
                         _TL_CUE),
            # he won't leave on his own legs (not an injury or an operation)
            _unless(r"\b(?:aksidente|operasyon|may sakit|doktor|nabali|natumba|stroke|abogado|korte|annulment)\b",
                    r"\bhindi na (?:siya |sya )?(?:makakalakad|makakauwi nang buhay|makakauwi ng buhay|makakatayo|"
                    r"makakaalis nang buhay)\b|\bsa stretcher (?:na )?(?:siya|sya) (?:uuwi|aalis|lalabas)\b"),
            # if I find you, I'll ...
            _unless(_TL_SAID + r"|\bsabi (?:niya|nya)\b",
                    r"\b(?:pag|kapag|kung) (?:nakita|nakasalubong|nahuli|naabutan|makita|makasalubong|mahuli|maabutan) (?:kita|ko (?:siya|sya|"
                    r"kayo))\b[^.!?]{0,60}?\b(?:babasagin|bubugbugin|papatayin|sasaksakin|sasapakin|tatadtarin|babarilin) "
                    r"(?:kita|ko)\b"),
        ],
        "harassment": [
            # names called at an @member: "@joy plastik ka", "@ana sinungaling at malandi"
            _unless(LAUGH + r"|\blove (?:you|u)\b|\blab (?:you|u)\b|\bmahal kita\b|<3|\bbiro lang\b",
                    r"(?:^|\s)@\w+[,:]?\s+(?:(?:ang|ikaw|ikaw na|napaka|sobrang|at) )*(?:plastik|plastic|sinungaling|malandi|pokpok|"
                    r"ambisyosa|epal|papansin|walang kwenta|walang kuwenta|inutil|mukhang pera|kabit)(?: mo| ka)?"
                    r"(?= at |\s*(?:[,.!;:]|$)|\s+(?:kaya|walang|talaga)\b)"),
        ],
        "pos_crisis": [
            "mas magiging masaya ang mga anak ko kung mawala na lang ako nang tuluyan",
            "hindi na sila mahihirapan kapag wala na ako",
            "naayos ko na lahat: testamento, yung pusa sa kapitbahay, mga susi. panatag na ang loob ko",
            "ayos na ang lahat, nasa drawer ang mga sulat para sa mga anak ko. paalam",
            "iniwan ko na yung aso sa kapatid ko at binigay ko na ang susi. huling gabi ko na ito",
            "dinala ko ang pusa sa pinsan ko kanina. habambuhay na. hindi niya alam kung bakit",
        ],
        "pos_violence": [
            "aabangan ko siya bukas sa labas ng opisina niya, may dala akong tubo",
            "nasa kotse na yung baril, para sa kanya.",
            "pupuntahan ko siya mamaya, may dalang kutsilyo",
            "isasama ko ang mga pinsan ko, pupuntahan namin siya. makikita niya",
            "hindi na siya makakalakad pauwi",
            "pag nakita ko siya ulit kasama yung babae, bubugbugin ko",
        ],
        "pos_harassment": [
            "@joy plastik ka, walang naniniwala sayo",
            "@ana sinungaling at malandi",
        ],
        "neg": [
            "nasa boarding ang aso ng isang linggo habang nasa bakasyon ako",
            "gumawa ng testamento si nanay taon na ang nakalipas, ayos na ang lahat at panatag na ang loob ko",
            "naayos ko na lahat para sa lipat, sa wakas panatag na ako",
            "aabangan ko siya sa labas ng opisina para pumirma sa papeles ng abogado",
            "nasa kotse yung baseball bat para sa practice ng anak ko",
            "hindi niya makukuha ang bahay, sabi ng abogado ko",
            "@joy ang epal mo hahaha love you",
            "ibinigay ko ang aso kay tita habambuhay kasi bawal ang alaga sa bagong condo",
            "noon akala ko mas magiging masaya sila kung wala na ako, ngayon hindi na",
            "sabi niya pag nakita niya ako kasama ng iba, bubugbugin niya ako. tinawanan ko lang",
            "hihiwain ko ang gulay gamit ang bagong kutsilyo",
        ],
    },
}


def _add_sign(lang: str, label: str, pattern: str, fire: list[str], spare: list[str]) -> None:
    """One more rule in a language's block above, with phrasings that must fire it and
    look-alikes that must not fire any rule."""
    block = _SIGNS[lang]
    block.setdefault(label, []).append(pattern)
    block["pos_" + label] = [*block.get("pos_" + label, ()), *fire]
    block["neg"] = [*block.get("neg", ()), *spare]


# Last things done and a thank-you: a letter left for a child beside "no strength left"
# or "tired of everything", everything prepared with "tonight is the night", debts paid and
# the spare key handed on with "I'm off then".
_add_sign("fr", "crisis", _both_unless(
    _FR_PAST + r"|\b(?:therapeute|psy|exercice|anniversaire|noel)\b",
    r"\b(?:n'?ai plus la force|j'?en peux plus|je n'?en peux plus|c'?est la fin|"
    r"(?:fatigue|epuise)e? de tout|plus envie de rien)\b",
    r"\b(?:ecrit|laisse) (?:une |des |mes )?lettres? (?:pour|a)\b"),
    ["je n'ai plus la force. j'ai écrit une lettre pour ma fille, elle est sur la table",
     "j'en peux plus. j'ai laissé des lettres pour les enfants dans le tiroir",
     "j'ai tout rangé et laissé une lettre pour ma fille. je suis tellement fatiguée de tout"],
    ["j'ai écrit une lettre pour ma fille pour son anniversaire, je n'ai plus la force de "
     "cuisiner"])
_add_sign("it", "crisis", _both_unless(
    _IT_PAST + r"|\b(?:trasloco|vacanza|viaggio|matrimonio|avvocato|compleanno)\b",
    r"\b(?:ho preparato tutto|ho sistemato tutto|e tutto pronto)\b",
    r"\b(?:lettere?|stanotte e la notte|grazie (?:a )?tutt[ei] (?:voi|per tutto)|addio)\b"),
    ["Ho preparato tutto, le lettere sono nel cassetto. Stanotte è la notte. Grazie a tutte voi",
     "ho sistemato tutto, addio ragazze"],
    ["ho preparato tutto per il trasloco, le lettere dell'avvocato sono nel cassetto"])
_add_sign("de", "crisis", _both_unless(
    _DE_PAST + r"|\b(?:urlaub|reise|umzug|wohnung gekundigt|neue wohnung|wochenende)\b",
    r"\b(?:schulden (?:beglichen|bezahlt|abbezahlt)|(?:zweit|ersatz|reserve)schlussel|"
    r"schlussel (?:gegeben|abgegeben))\b",
    r"\b(?:ich bin dann (?:mal )?weg|danke (?:euch )?fur alles|lebt wohl|macht'?s gut)\b"),
    ["Ich habe alle meine Schulden beglichen und meinem Bruder den Zweitschlüssel gegeben. "
     "Ich bin dann mal weg. Danke euch für alles",
     "Schulden bezahlt, Ersatzschlüssel bei der Nachbarin. Lebt wohl"],
    ["Ich habe meiner Nachbarin den Ersatzschlüssel gegeben, wir fahren in den Urlaub. "
     "Danke euch für alles"])

# Not wanting to be here any more ("ya no quiero estar aquí"), unless "here" is a place,
# a job or a group; "ending it all" in Tagalog ("tapusin na lahat", not "... lahat ng
# gawain").
_add_sign("es", "crisis", _unless(
    _ES_PAST + r"|\b(?:grupo|chat|trabajo|empresa|ciudad|pais|barrio|casa|piso|relacion|"
    r"matrimonio|reunion|fiesta|hospital|oficina)\b",
    r"\bya no (?:quiero|aguanto) (?:estar|seguir) aqui\b(?=\s*(?:[.,;:!]|$))"),
    ["ya no quiero estar aquí. les regalé mis cosas a mis primas",
     "ya no aguanto estar aqui, perdonenme"],
    ["ya no quiero estar aquí, este grupo es muy negativo",
     "ya no quiero estar aqui en este trabajo, busco otro"])
_add_sign("tl", "crisis", _unless(
    _TL_PAST, r"\b(?:tapusin|wakasan) (?:ko )?(?:na )?(?:ang )?lahat\b(?! ng )"),
    ["bawat gabi naiisip kong tapusin na lahat. ayoko na talaga",
     "gusto ko nang wakasan ang lahat"],
    ["kailangan kong tapusin na lahat ng reports bago mag biyernes"])

# "He won't go home in one piece" ("non torna a casa intero"), sworn or on meeting him.
_add_sign("it", "violence", _both_unless(
    _IT_PAST, r"\b(?:giuro|ti assicuro|te lo prometto|stavolta|se (?:lo|la|li) (?:vedo|rivedo|"
    r"becco|trovo|incontro))\b",
    r"\bnon (?:torna|tornera|esce|uscira|se ne va|va via) (?:a casa |da li |di qui )?"
    r"(?:intero|intera|tutto intero|viv[oa])\b"),
    ["se lo rivedo sotto casa con lei, giuro che non torna a casa intero"],
    ["il vaso non torna a casa intero se lo metti in valigia così"])

for _lg, _d in _SIGNS.items():
    for _lab in ("crisis", "violence", "harassment"):
        PATTERNS[_lab][_lg].extend(_d.get(_lab, ()))
        POSITIVE.extend((_lab, _lg, _t) for _t in _d.get("pos_" + _lab, ()))
    NEGATIVE.extend((_lg, _t) for _t in _d.get("neg", ()))


# --------------------------------------------------------------------------
# running the rules
# --------------------------------------------------------------------------
_SPECIAL = str.maketrans({"ł": "l", "Ł": "l", "ß": "ss", "ø": "o", "Ø": "o",
                          "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
                          "đ": "d", "Đ": "d", "ı": "i", "’": "'", "‘": "'"})


def ascii_fold(text: str) -> str:
    """Lowercase, with accents and the letters above folded to plain ASCII."""
    text = text.translate(_SPECIAL).lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


#: Everyday words of each language, rare in English: its rules run only when one is there.
MARKERS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in {
    "es": "que el los las estoy pero por para quiero muy ya eres yo tengo con del esta este "
          "soy nada todo mas como porque cuando hoy vida puedo nadie voy mis tus su sus eso "
          "hijos mejor sin tu te se lo mi nunca dejo matar morir",
    "fr": "je tu il elle est les des pas mais avec pour suis mon moi veux plus rien c'est "
          "j'ai une qui dans vais t'es ne ses mes tes ton ta sa j'en vie personne tout "
          "jamais m'a lui va",
    "de": "ich du er sie nicht und ist mit bin das der mich mir dich ein eine auf noch mehr "
          "wenn kann will mein meine dein deine sein ihr ihn ihm nie alle niemand kein keine "
          "schon leben",
    "it": "non che sono sei ti della per con voglio piu niente anche questo ho faccio tutti "
          "lui lei mio mia tuo tua ce gli vita nessuno mai cosi",
    "pt": "nao eu voce vc que com para uma ele ela mais estou sou quero minha meu tudo "
          "nada vou isso tem vida ninguem nunca ja sem seu sua tu te",
    "pl": "nie jest sie ze ja ty mnie juz tak jak mam co ale wszystko jestem jestes chce "
          "moge go jej mu zycie nikt nigdy tylko bo czy",
    "nl": "ik je niet het een en van dat mijn wil meer zijn ben maar met ze hij wat nooit "
          "jij jou niemand leven alles",
    "ro": "nu eu sa si ca este sunt mai ai pe cu tu vreau nimeni toti asta el ea viata "
          "niciodata ma te il o",
    "hi": "hai hoon hu nahi nahin main mujhe mera meri ko ki ka ke kya ab aur bhi se yaar "
          "tum tu woh usko uski uska kar raha rahi hain tha thi dunga dungi jaan",
    "tl": "ako ko na ng sa mo siya ka ang hindi lang ayoko ikaw niya mga kayo wala talaga "
          "naman yung pa ba kita",
}.items()}
_WORDS = re.compile(r"[a-z']+")
#: Everyday English words: a message with none of them may be in any language.
ENGLISH = frozenset("the and you that for with but not this just what have was are did don't "
                    "can't i'm it's im dont cant they them his her him your our all about "
                    "like from how when yes been would could should there their here now "
                    "then too much very because who why where going back day night today "
                    "still more really will know want think feel time get got out up thanks "
                    "thank love good okay ok sorry morning week everyone anyone she's he's "
                    "i've i'll i'd we're you're lol haha group welcome hi hey hello well "
                    "again tonight home kids work felt tired hope happy sad my".split())

RULES: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    label: [(lang, re.compile("|".join(f"(?:{p.removeprefix('(?s)')})" for p in patterns),
                              re.DOTALL))
            for lang, patterns in langs.items()]
    for label, langs in PATTERNS.items()}


def languages(folded: str) -> set[str]:
    """The languages whose everyday words appear in ``folded`` (ASCII-folded text); all of
    them when it has no everyday English word."""
    words = set(_WORDS.findall(folded))
    if not words & ENGLISH:
        return set(MARKERS)
    return {lang for lang, markers in MARKERS.items() if words & markers}


#: Laughter and affection: the other languages' contempt rules leave teasing to the models
#: ("@Carmen eres una pesada con tus memes 😂").
TEASING = re.compile(r"[😂🤣😅😆😝😜😘❤♥💕]|\blove (?:you|ya)\b|\bjk\b|\bxd\b|\b(?:ja|ha|he)"
                     r"(?:ja|ha|he){2,}\b|\bkidding\b")


#: The literals the rules need, found in one pass (see prefilter.py).
GATE = LiteralGate([rx for rules in RULES.values() for _, rx in rules])


def intl_hits(text: str, labels: set[str] | None = None) -> dict[str, str]:
    """Label (of ``labels``, default all) -> the language whose rule fired, trying only
    the rules of the languages present."""
    hits: dict[str, str] = {}
    if labels is not None and not labels:
        return hits
    folded = ascii_fold(text)
    present = languages(folded)
    if not present:
        return hits
    scan = GATE.scan(folded)
    for label, rules in RULES.items():
        if labels is not None and label not in labels or (
                label == "harassment" and TEASING.search(folded)):
            continue
        for lang, rx in rules:
            if lang in present and scan.search(rx):
                hits[label] = lang
                break
    return hits

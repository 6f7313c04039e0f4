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
(``MARKERS``), which keeps their cost off the English messages that are most of a
circle's talk. Each language also lists messages that must fire (``POSITIVE``) and
messages that must not (``NEGATIVE``); the tests check both.
"""

from __future__ import annotations

import re
import unicodedata

PATTERNS = {"crisis": {}, "violence": {}, "harassment": {}}
POSITIVE = []
NEGATIVE = []


def _both(*parts):
    """All parts must occur somewhere in the message, in any order."""
    return "(?s)^" + "".join("(?=.*?(?:%s))" % p for p in parts)


def _unless(neg, pat):
    """``pat`` occurs and ``neg`` occurs nowhere in the message."""
    return "(?s)^(?!.*?(?:%s)).*?(?:%s)" % (neg, pat)


def _both_unless(neg, *parts):
    return "(?s)^(?!.*?(?:%s))" % neg + "".join("(?=.*?(?:%s))" % p for p in parts)


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
                 r"sin mi\b|una carga|seguir viv[ao]|seguir con vida|seguir existiendo|existir|"
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
        r"(?:^|[,;:] ?)me mato(?: ya| hoy| esta noche| de una vez)?\s*[.!]*\s*$",
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
        r"\b(?:tu|vos|oye|mira),? (?:grandisim[oa] |pedazo de |so )?(?:puta|zorra|guarra|imbecil|idiota|gilipollas|subnormal|retrasad[oa]|pendej[oa]|estupid[oa]|payas[oa]|perdedor[a]?)\b",
        r"\bso (?:idiota|imbecil|tont[oa]|estupid[oa]|guarra|zorra|puta|gilipollas|subnormal|payas[oa]|pesad[oa])\b",
        r"\b(?:sudacas?|panchitos|negratas?|moros de mierda|maricones de mierda|maricones|tortilleras|putos negros|putos moros|gitanos de mierda|judios de mierda|maricas de mierda)\b",
        r"\b(?:todos|todas) (?:los|las) (?:negros|moros|musulmanes|gitanos|judios|gays|maricas|inmigrantes|sudacas|latinos|chinos|trans) (?:son (?:unos |unas )?(?:animales|escoria|basura|ratas|cerdos|enfermos|delincuentes|parasitos|mierda))\b",
        r"\bmuerete\b|\bojala te mueras\b|\bque te (?:den|jodan)\b|\bvete a la mierda\b|\bno vales (?:nada|ni para)\b",
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
                 r"cachets|comprimes|medocs|lames|corde|adieu|plus me reveiller|envie de vivre|la force de vivre|ma vie)\b")

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
        r"\b(?:serait|seraient|sera|seront) (?:\w+ )?(?:soulages?|soulagees?|mieux|plus heureux|plus heureuses?|tranquilles?) si je (?:partais|disparaissais|mourais|n'etais plus la|n etais plus la|crevais)\b",
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
        r"\bje (?:le|la|les|te) (?:tue|bute|creve|massacre|tabasse|egorge|etrangle|plante|bousille|defonce|cogne)\b(?! (?:de rire|au tribunal|en justice))|\bje (?:l'|t')(?:egorge|etrangle|eclate|explose|ecrase)\b",
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
        _unless(_FR_SAID, r"\b(?:degage|casse-toi|casse toi|barre-toi|barre toi|tire-toi|va-t'en) (?:du groupe|d'ici|d ici|de la|de ce groupe)\b|\bva te faire (?:foutre|voir|enculer)\b|\bva crever\b|\bcreve\b[.!]?$"),
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
                 r"nicht mehr aufwachen|ohne mich|last|leben|weiterleben|existieren)\b")

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
        r"(?<!nicht )(?<!nie )\b(?:du bist|bist du) (?:doch |halt |eben |ja |selbst |selber |alleine )*(?:selbst|selber) schuld\b|(?<!bin )(?<!ich )(?<!nicht )(?<!nie )(?<!keine )\bselber schuld\b|(?<!bin )(?<!ich )(?<!nicht )(?<!nie )\bselbst schuld\b",
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
                 r"meglio senza di me|un peso|svegliarmi|vivere|la vita|esistere)\b")

_lang(
    "it",
    crisis=[
        _unless(LAUGH, r"\b(?:voglio|vorrei|ho voglia di|desidero|voglio solo|vorrei solo) (?:solo |solamente |soltanto |davvero |tanto |proprio |semplicemente |tanto |ormai |solo )*(?:morire|essere mort[oa]|non esistere piu|non esserci piu)\b(?! (?:dal|dalle|di|dalla|dallo|per il|per la) )"),
        r"\b(?:meglio|preferirei|preferisco) (?:essere )?mort[oa]\b(?! che)|\bvorrei (?:non )?essere mai nat[oa]\b|\bvorrei non essere mai nat[oa]\b",
        r"\b(?:vorrei|voglio|spero di) (?:addormentarmi e )?non svegliarmi (?:piu|domani|mai piu)\b|\b(?:dormire|addormentarmi) e non svegliarmi piu\b",
        r"\bnon (?:voglio|ho (?:piu )?voglia di|riesco a|ce la faccio a) (?:piu )?(?:vivere|continuare a vivere|andare avanti a vivere)\b(?! (?:cosi|con|in|senza|accanto|sotto|una|un|questa|nella|nel|come|insieme|da))",
        r"\bnon (?:ho|trovo|vedo) (?:piu )?(?:nessun |un |alcun )?(?:motivo|senso|ragione) (?:per|di) (?:vivere|continuare a vivere|restare in vita)\b|\ba che serve (?:vivere|continuare a vivere)\b",
        r"\bpenso (?:solo|soltanto|sempre|continuamente|ogni giorno|tutto il giorno|di continuo) (?:a morire|alla morte|al suicidio|a farla finita|a come farla finita|a togliermi la vita)\b",
        r"\b(?:sarebbe|sarebbero|starebbero|starebbe) (?:\w+ )?meglio (?:per tutti |per loro |per i miei figli )?se (?:io )?(?:non ci fossi|non ci fossi piu|morissi|sparissi|non esistessi)\b",
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
        r"\b(?:gli|le|ti) (?:spacco|rompo|sfondo|spacchero|rompero|sfondero|apro|gonfio|distruggo|faccio|rompo) (?:la faccia|il muso|la testa|il cranio|le gambe|le ossa|i denti|il naso|la bocca|il culo|la faccia a schiaffi|le costole|la mascella|il collo)\b",
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
        _unless(r"\bper (?:parlare|chiarire|prendere|ridare|restituire|riportare|discutere)\b",
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
        r"\bnon vali (?:niente|nulla)\b|\bsei (?:un|una) (?:nessuno|niente)\b|\bnon servi a (?:niente|nulla)\b",
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
                 r"laminas|corda|adeus|despedida|melhor sem mim|um peso|um fardo|viver|vida|existir)\b")

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
        r"\b(?:eu )?me mato\b(?! (?:de|trabalhando|estudando|no|na|pra|para|por|com|correndo))|\bme suicido\b",
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
        r"(?<!a )(?<!o )(?<!de )(?<!da )(?<!do )(?<!com )(?<!na )(?<!no )(?<!pra )(?<!para )(?<!e )\b(?:sua (?:vadia|puta|vagabunda|piranha|idiota|burra|otaria|imbecil|nojenta|ridicula|falsa|mentirosa|louca|vaca|cadela|cretina|retardada|gorda|baranga|lixo|trouxa|corna|escrota|biscate|galinha|sonsa|inutil|chata)|seu (?:idiota|burro|otario|imbecil|nojento|ridiculo|falso|mentiroso|viado|corno|babaca|merda|lixo|retardado|cretino|verme|escroto|inutil|trouxa|bosta|chato))\b",
        r"@\w+,? (?:voce e |vc e |tu es |tu e )?" + _PT_INT + r"(?:patetic[oa]|ridicul[oa]|idiota|burr[oa]|estupid[oa]|imbecil|otari[oa]|nojent[oa]|fals[oa]|mentiros[oa]|vadia|puta|vagabund[oa]|trouxa|lixo|palhac[oa]|fracassad[oa]|falhad[oa]|vitimista|inutil)\b",
        r"\b(?:para|pare|deixa) de (?:se fazer de vitima|mimimi|chororo|vitimismo|se vitimizar|choramingar|fazer drama)\b",
        r"\b(?:macacos? imund[oa]s?|macaco de merda|crioul[oa]s? (?:de merda|imund[oa])|viados de merda|sapatao de merda|judeus de merda|nordestinos de merda|paraibas de merda|bando de viados|(?:voce|vc|seu|sua) (?:macac[oa]|crioul[oa]))\b",
        r"\b(?:todo|todos os) (?:negros?|gays?|viados?|nordestinos?|judeus?|muculmanos?|imigrantes|travestis|ciganos) (?:e|sao) (?:tudo )?(?:lixo|bicho|animais?|vagabundos?|ladr[aoe]+s|doentes?|escoria|praga)\b",
        r"\b(?:voce|vc|tu) nao vale (?:nada|um centavo)\b|\b(?:voce|vc) e um zero\b|\b(?:voce|vc|tu) (?:e|es) um nada\b",
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
                 r"zegnajcie|pozegnanie|beze mnie|bez mnie|ciezarem|zyc|zycie|obudzic)\b")

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
        r"(?<!on )(?<!ona )(?<!oni )(?<!mnie )\b(?:go|ja|ich|cie|ciebie|tego gnoja|te szmate|ta szmate) (?:zabije|zatlucze|udusze|zajebie|zamorduje|zadzgam|zastrzele|spiore|pobije|zleje|skopie|dopadne|wykoncze|skatuje|rozszarpie|ukatrupie)\b(?! (?:smiechem|pytaniami))",
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
        r"\bjestes nikim\b|\bnic nie jestes wart[a]?\b|\bdo niczego sie nie nadajesz\b",
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
_NL_CUE_DEATH = (r"\b(?:dood|sterven|doodgaan|zelfmoord|zelfdoding|einde|eind|van kant|verdwijnen|afscheid|pillen|mesjes|touw|"
                 r"zonder mij|last|leven|wakker worden|er niet meer zijn)\b")

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
        r"\bje bent (?:helemaal )?niks waard\b|\bje bent waardeloos\b|\bniemand mist je\b",
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
_RO_CUE_DEATH = (r"\b(?:sa mor|moarte|mort[a]?|sa ma omor|sinucid\w*|sa dispar|imi iau viata|sa-mi iau viata|capat|pastile|lame|franghie|adio|"
                 r"fara mine|povara|sa traiesc|viata|sa nu ma mai trezesc)\b")

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
        r"(?<!imi vine )(?<!imi vine sa)(?<!mi-ar veni sa)(?<!imi venea sa)(?<!imi venea )(?:\b(?:il|o|ii|te|va) |-l |-o |s-o |sa-l )(?:omor|ucid|omoram|injunghii|impusc|sugrum|strang de gat|strangulez|fac bucati|fac praf|fac zob|fac mar|bat mar|bat de moarte|omor in bataie|rup in bataie|snopesc in bataie|iau la bataie|iau la palme|iau la pumni|iau la sut|snopesc|caftesc|altoiesc|burdusesc|carpesc|umplu de sange|calc cu masina)\b(?! (?:in instanta|la tribunal|cu vorba|cu dragoste|in brate|de ras))",
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
        r"\bnu (?:valorezi|faci) (?:nimic|doi bani|nici doi bani|nici cat o ceapa degerata)\b|\besti o nimeni\b",
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
              r"dramebaz|joker|mazaak|mazak|majak|besharam|gandagi|kachra|kalank|bojh|sadela|sadeli|stupid|idiot|useless|bakwas|chakka|hijra|mental|psycho|ullu|"
              r"ullu ka pattha|ullu ki patthi|nikammi|nikamma|gawar|ganwar|badsurat|moti|mota|chudail|bhikhari|bhikharan|kameeni|kameena|gatiya|neech|nautanki|dhongi|"
              r"bhaddi|bhadda|paagal|bevakoof|bewaqoof|ahmak|jahil|jaahil|behuda|behudi)")
_HI_CUE_DEATH = (r"\b(?:marna|mar jana|mar jaun|mar jau|marne|khudkushi|suicide|jaan de|jaan le|khatam kar|zindagi khatam|jeena|jine|goliyan|goli|zeher|zahar|"
                 r"rassi|blade|alvida|mere bina|bojh|uthna|jeene)\b")

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
        r"\b(?:use|usko|usey|usee|isko|ise|unko|inko|us \w+ ko|us \w+ \w+ ko|dono ko|tujhe|tumhe|tujhko|tumko|usse) (?:main |mai |me )?(?:jaan se )?(?:maar|mar|khatam kar|khatm kar|khtm kar|kaat|zinda jala|jala|gaad) ?(?:" + _HI_DUNGA + r"|dalna hai|dena hai|daalna hai|dalungi|dalunga)\b",
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
        _both(r"\b(?:uska|uski|unka|us \w+ ka) (?:intezaar|intazaar|intjaar|intezar|wait) (?:karunga|karungi|karenge|kar raha|kar rahi)\b|\b(?:raste|rastey|gali) (?:me|mein) (?:pakad|pakdunga|pakdungi|gher)\w*",
              r"\b(?:bahar|ghar ke bahar|office ke bahar|gali|raste|niche|neeche|chaku|danda|dande|lathi|rod|dekhna|phir dekhna|bhugt\w*|maar\w*|akele)\b"),
        r"\b(?:usko|use|unko|us \w+ ko) (?:aisa )?sabak sikha(?:unga|ungi|ke rahunga|ke rahungi) ki (?:zindagi bhar|hamesha|kabhi) (?:yaad|bhool)\w*",
        r"\b(?:uske|unke|us \w+ ke) ghar (?:chaku|chaaku|danda|lathi|rod|bandook|katta|pistol) (?:leke|lekar|le ke|le kar) (?:jaunga|jaungi|jaaunga|jaaungi)\b",
    ],
    harassment=[
        r"\b(?:tu|tum|aap|tu to|tum to|tum toh|tu toh|@\w+,? tu|@\w+,? tum)\b " + _HI_INT + _HI_INSULT + r"\b(?! (?:nahi|nahin|nhi|ni|na)\b)(?: (?:hai|ho|h|he|hain|hi hai|hi ho|nikli|nikla|lagti|lagta|lagte|ka|ki))?",
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
_TL_CUE_DEATH = (r"\b(?:mamatay|mamatay na|patay|magpakamatay|magpapakamatay|wakasan|tapusin|mawala|mawala na|pills|gamot|blade|lubid|paalam|"
                 r"pabigat|wala na ako|mabuhay|buhay ko|magising|sumuko na)\b")

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
        r"\baabangan ko (?:siya|sya|sila|yung|ang|kayo|ka)\b|\b(?:hihintayin|aabangin|aabatan) ko (?:siya|sya|sila|yung|ang) (?:sa labas|paglabas|sa kanto|sa parking|sa tapat)\b(?=.*\b(?:bugbog|sapak|saksak|patay|humanda|lagot|kutsilyo|dos por dos|tubo)\w*)",
        r"\b(?:bubugbugin|sasaksakin|babarilin|sasapakin|uupakan|gugulpihin|sasabunutan|kakalbuhin|tatagain|bubugbogin) ko\b(?! (?:ang|yung) (?:unan|bola|punching bag|kutson))",
        r"\bsusugurin ko (?:siya|sya|sila|yung|ang)\b|\b(?:pupuntahan|susugurin) ko (?:siya|sya|sila) (?:nang |ng |na )?may (?:dalang )?(?:kutsilyo|baril|itak|tubo|dos por dos|bato)\b",
    ],
    harassment=[
        r"(?<!hindi )(?<!di )(?<!hindi ka )\b(?:ang |napaka |sobrang |ang sobrang |ang kapal ng |ang laki ng )?" + _TL_INSULT + r" (?:mo|ka)\b(?! (?:ba|daw|raw|hissa|matlab|kya|kaam|mamla|scene|part|hai|h|tha|thi|he|ki|ke|ko|se|me|mein|liye|baad|bhi|saath|sath)\b)(?!ng)",
        r"\b(?:ikaw ay|ikaw ang|ikaw yung|ikaw) (?:isang )?(?:malaking )?(?:tanga|bobo|loser|talunan|biro|joke|peke|plastik|sinungaling|kahihiyan|basura|salot|pabigat|katawa-tawa)\b(?! (?:ba|daw|raw))",
        r"\b(?:putang ?ina|tang ?ina|tangina|putangina|pota|potangina|pakyu|fuck you|leche|lintik|hinayupak|punyeta|kupal|tae|bwisit|buwisit|peste) (?:mo|ka|ka talaga|kayo)\b",
        r"\b(?:nakakaawa|nakakasuka|nakakadiri|kadiri|nakakainis|nakakahiya) ka\b(?! (?:ba|daw))|\bnasusuka ako (?:sa ?yo|sa'yo|sa iyo|sayo)\b|\bnandidiri ako (?:sa ?yo|sa'yo|sa iyo|sayo)\b",
        r"(?<!hindi )(?<!di )\b(?:kaya ka|kaya naman ka|kaya ikaw ay|kaya ka nga|di na nakakapagtaka na|hindi na nakakapagtaka na|di nakakapagtaka|hindi nakakapagtaka|hindi nakakagulat|kaya pala) (?:\w+ ){0,3}?(?:iniwan|niloko|pinagpalit|ipinagpalit|pinagtaksilan|iniwanan|tinalikuran|ginago|binasura|hiniwalayan|nambabae|nanlalaki|nagloko)\b(?!.*\b(?:hindi (?:ito|yan|yun|iyon) ang dahilan)\b)",
        r"(?<!hindi )(?<!di )\b(?:kasalanan mo|sarili mong kasalanan|ikaw ang may kasalanan|ikaw may kasalanan|ikaw ang may sala)\b(?! (?:ba|daw|raw))|\bikaw ang dahilan kung bakit (?:ka|siya|sya) (?:niloko|iniwan|nambabae|nagloko)\b",
        r"\bbuti nga (?:sa ?yo|sa'yo|sa iyo|sayo)\b|\b(?:yan|'yan|iyan) ang napala mo\b|\bnapala mo\b|\b(?:ikaw|ikaw mismo) (?:ang )?(?:naghanap|humanap) (?:niyan|nyan|ng sakit ng ulo)\b",
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


def intl_hits(text: str, labels: set[str] | None = None) -> dict[str, str]:
    """Label (of ``labels``, default all) -> the language whose rule fired, trying only
    the rules of the languages present."""
    hits: dict[str, str] = {}
    if labels is not None and not labels:
        return hits
    folded = ascii_fold(text)
    present = languages(folded)
    for label, rules in RULES.items():
        if labels is not None and label not in labels or (
                label == "harassment" and TEASING.search(folded)):
            continue
        for lang, rx in rules:
            if lang in present and rx.search(folded):
                hits[label] = lang
                break
    return hits

"""Page chrome, date and byline wording for the corpus shapes, in several styles per shape.

Everything here is wrapping: the article text itself always comes from the source adapters.
"""
import datetime, re

MONTHS = {
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
           'November', 'December'],
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November',
           'Dezember'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
           'décembre'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
           'noviembre', 'diciembre'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre',
           'novembre', 'dicembre'],
    'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro',
           'novembro', 'dezembro'],
}
WEEKDAYS = {
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'de': ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    'fr': ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    'es': ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    'it': ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    'pt': ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
}
ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']
SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def ymd(d):
    return datetime.date.fromisoformat(d)


def hm(t):
    h, m = (int(x) for x in (t or '00:00').split(':'))
    return h, m


def ampm(t, style='a.m.'):
    h, m = hm(t)
    suffix = {'a.m.': ('a.m.', 'p.m.'), 'AM': ('AM', 'PM'), 'am': ('am', 'pm')}[style][h >= 12]
    h12 = h % 12 or 12
    return f'{h12}:{m:02d} {suffix}'


def ordinal(n):
    return f'{n}{"th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")}'


def en_date(d, style, t=None, zone='ET'):
    x = ymd(d)
    mon = MONTHS['en'][x.month - 1]
    if style == 'long':
        return f'{mon} {x.day}, {x.year}'
    if style == 'abbr':
        return f'{ABBR[x.month - 1]} {x.day}, {x.year}'
    if style == 'weekday':
        return f'{WEEKDAYS["en"][x.weekday()]}, {mon} {x.day}, {x.year}'
    if style == 'numeric':
        return f'{x.month}/{x.day}/{x.year}'
    if style == 'numeric0':
        return f'{x.month:02d}/{x.day:02d}/{x.year}'
    if style == 'ordinal':
        return f'{mon} {ordinal(x.day)}, {x.year}' + (f' at {ampm(t)}' if t else '')
    if style == 'short-time':
        return f'{SHORT[x.month - 1]} {x.day}, {x.year} {hm(t)[0] % 12 or 12:02d}:{hm(t)[1]:02d} {"PM" if hm(t)[0] >= 12 else "AM"} {zone}'
    if style == 'time-first':
        return f'{ampm(t, "am").replace(" ", "")} {zone}, {WEEKDAYS["en"][x.weekday()]}, {mon} {x.day}, {x.year}'
    if style == 'iso':
        return d + (f' {t}:00' if t else '')
    if style == 'dmy':
        return f'{x.day} {mon} {x.year}'
    if style == 'dmy-short':
        return f'{x.day} {SHORT[x.month - 1]} {x.year}'
    raise ValueError(style)


def local_date(d, lang, style, t=None):
    x = ymd(d)
    mon = MONTHS[lang][x.month - 1]
    if lang == 'de':
        return {'long': f'{x.day}. {mon} {x.year}', 'dotted': f'{x.day:02d}.{x.month:02d}.{x.year}',
                'dotted-time': f'{x.day:02d}.{x.month:02d}.{x.year}, {t or "00:00"} Uhr',
                'weekday': f'{WEEKDAYS[lang][x.weekday()]}, {x.day}. {mon} {x.year}'}[style]
    if lang == 'fr':
        h, m = hm(t)
        return {'long': f'{x.day if x.day > 1 else "1er"} {mon} {x.year}', 'dotted': f'{x.day:02d}/{x.month:02d}/{x.year}',
                'dotted-time': f'{x.day:02d}/{x.month:02d}/{x.year} à {h:02d}h{m:02d}',
                'weekday': f'{WEEKDAYS[lang][x.weekday()]} {x.day} {mon} {x.year}'}[style]
    if lang in ('es', 'pt'):
        h, m = hm(t)
        at = 'a las' if lang == 'es' else 'às'
        return {'long': f'{x.day} de {mon} de {x.year}', 'dotted': f'{x.day:02d}/{x.month:02d}/{x.year}',
                'dotted-time': f'{x.day:02d}/{x.month:02d}/{x.year} {at} {h:02d}:{m:02d}' if lang == 'es' else f'{x.day:02d}/{x.month:02d}/{x.year} {at} {h:02d}h{m:02d}',
                'weekday': f'{WEEKDAYS[lang][x.weekday()]}, {x.day} de {mon} de {x.year}'}[style]
    if lang == 'it':
        return {'long': f'{x.day} {mon} {x.year}', 'dotted': f'{x.day:02d}/{x.month:02d}/{x.year}',
                'dotted-time': f'{x.day:02d}/{x.month:02d}/{x.year} ore {t or "00:00"}',
                'weekday': f'{WEEKDAYS[lang][x.weekday()]} {x.day} {mon} {x.year}'}[style]
    if lang == 'en':
        return en_date(d, {'long': 'long', 'dotted': 'numeric0', 'dotted-time': 'ordinal', 'weekday': 'weekday'}[style], t)
    raise ValueError(lang)


def join_names(names, lang='en'):
    word = {'en': 'and', 'de': 'und', 'fr': 'et', 'es': 'y', 'it': 'e', 'pt': 'e'}[lang]
    if len(names) == 1:
        return names[0]
    return ', '.join(names[:-1]) + f' {word} ' + names[-1]


BY = {'en': 'By', 'de': 'Von', 'fr': 'Par', 'es': 'Por', 'it': 'Di', 'pt': 'Por'}
PUBLISHED = {'en': 'Published', 'de': 'Veröffentlicht am', 'fr': 'Publié le', 'es': 'Publicado el', 'it': 'Pubblicato il',
             'pt': 'Publicado em'}
UPDATED = {'en': 'Updated', 'de': 'Aktualisiert am', 'fr': 'Mis à jour le', 'es': 'Actualizado el', 'it': 'Aggiornato il',
           'pt': 'Atualizado em'}
TRANSLATED = {'en': 'Translated by', 'de': 'Übersetzt von', 'fr': 'Traduit par', 'es': 'Traducido por',
              'it': 'Tradotto da', 'pt': 'Traduzido por'}

SHARE_BARS = [
    ['Share', 'Facebook', 'Twitter', 'LinkedIn', 'Email'],
    ['Share this article', 'Share on Facebook', 'Share on X', 'Share via Email', 'Copy link'],
    ['SHARE', 'TWEET', 'EMAIL', 'PRINT'],
    ['Share on Facebook Share on Twitter Share on LinkedIn'],
    ['Facebook', 'X', 'WhatsApp', 'Reddit', 'Print this page'],
]
AD_LINES = ['Advertisement', 'ADVERTISEMENT', 'Story continues below advertisement', 'Advertisement - Scroll to continue',
            'SPONSORED CONTENT', 'Continue reading the main story']
READ_TIME = ['{n} min read', 'Reading time: {n} minutes', '{n} minute read', 'Estimated reading time: {n} min',
             '⏱ {n} min']
PHOTO_CREDITS = ['Photo: {p}', '(Photo courtesy of {p})', 'Image credit: {p}', 'Photo by {p} staff', 'Getty Images',
                 'iStock/Getty Images Plus', 'Credit: {p}', 'Photograph: {p} handout']
RELATED = ['Related: {h}', 'RELATED: {h}', 'Read more: {h}', 'READ MORE: {h}', 'See also: {h}', 'Also read: {h}',
           'Recommended: {h}', 'MORE: {h}']
END_CHROME = [
    ['Tags', '{tags}', 'Comments', 'Leave a comment', '© {y} {p}. All rights reserved.'],
    ['Was this page helpful?', 'Yes', 'No', 'Sign up for our newsletter', 'Privacy Policy | Terms of Use'],
    ['Filed under: {tags}', 'Report an error', 'Follow us on Twitter', 'Back to top'],
    ['More from {p}', 'Most read', 'Subscribe to our newsletter', 'Enter your email address', 'Sign up'],
    ['Topics: {tags}', 'Print', 'Email', 'Copyright {y} {p}'],
]
NAV = [
    ['Skip to main content', 'Menu', 'Search', 'Home', 'News', 'Blog', 'About'],
    ['Skip to content', 'Sections', 'Home | News | Events | Resources | About us'],
    ['Main navigation', 'Sign in', 'Subscribe', 'Search'],
    ['Toggle navigation', 'News', 'Blog', 'Events', 'Contact'],
    ['Jump to content', '≡ Menu', 'Log in', 'Register'],
]
PAYWALL = [
    ['Subscribe to continue reading', 'Already a subscriber? Log in', 'Get unlimited access for $1 a week. Cancel anytime.'],
    ['You have reached your limit of free articles this month.', 'Subscribe now', 'Sign in'],
    ['This content is for subscribers only.', 'Support independent journalism: become a member today.'],
    ['Want to read more?', 'Create a free account to keep reading.', 'Continue with Google', 'Continue with email'],
]
COMMENTS = [
    ['Comments', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *',
     'Post Comment'],
    ['Join the conversation', '12 comments', 'Sort by: Newest', 'Log in to comment'],
    ['Discussion', 'Commenting is closed for this article.'],
    ['What do you think?', 'Share your thoughts in the comments below.', 'Load comments'],
]
NEWSLETTER = ['Sign up for our daily newsletter', 'Get the latest news in your inbox. Sign up for our newsletter.',
              'Enter your email', 'By signing up you agree to our Terms of Service and Privacy Policy.']

LOCAL = {
    'de': dict(share=['Teilen', 'Facebook', 'Twitter', 'E-Mail', 'Drucken'], ad='Anzeige', read='Lesezeit: {n} Minuten',
               related='Mehr zum Thema: {h}', more='Lesen Sie auch: {h}', nav=['Zum Inhalt springen', 'Menü', 'Suche', 'Startseite'],
               end=['Kommentare', 'Schreiben Sie einen Kommentar', 'Impressum | Datenschutz | Kontakt'],
               photo='Foto: {p}'),
    'fr': dict(share=['Partager', 'Facebook', 'Twitter', 'Courriel', 'Imprimer'], ad='Publicité', read='Temps de lecture : {n} min',
               related='À lire aussi : {h}', more='Lire aussi : {h}', nav=['Aller au contenu', 'Menu', 'Rechercher', 'Accueil'],
               end=['Commentaires', 'Laisser un commentaire', 'Mentions légales | Confidentialité | Contact'],
               photo='Photo : {p}'),
    'es': dict(share=['Compartir', 'Facebook', 'Twitter', 'Correo electrónico', 'Imprimir'], ad='Publicidad',
               read='Tiempo de lectura: {n} min', related='Te puede interesar: {h}', more='Lee también: {h}',
               nav=['Saltar al contenido', 'Menú', 'Buscar', 'Inicio'],
               end=['Comentarios', 'Deja un comentario', 'Aviso legal | Privacidad | Contacto'], photo='Foto: {p}'),
    'it': dict(share=['Condividi', 'Facebook', 'Twitter', 'Email', 'Stampa'], ad='Pubblicità', read='Tempo di lettura: {n} minuti',
               related='Leggi anche: {h}', more='Potrebbe interessarti: {h}', nav=['Vai al contenuto', 'Menu', 'Cerca', 'Home'],
               end=['Commenti', 'Lascia un commento', 'Note legali | Privacy | Contatti'], photo='Foto: {p}'),
    'pt': dict(share=['Compartilhar', 'Facebook', 'Twitter', 'E-mail', 'Imprimir'], ad='Publicidade',
               read='Tempo de leitura: {n} min', related='Leia também: {h}', more='Veja também: {h}',
               nav=['Ir para o conteúdo', 'Menu', 'Buscar', 'Início'],
               end=['Comentários', 'Deixe um comentário', 'Termos de uso | Privacidade | Contato'], photo='Foto: {p}'),
}


def reading_minutes(paras):
    return max(2, round(sum(len(p.split()) for p in paras) / 230))


def host_of(url):
    m = re.match(r'https?://([^/]+)/', url)
    return m.group(1) if m else url

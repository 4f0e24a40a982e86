/**
 * Spanish. Machine-drafted from the English catalogue: a qualified legal translator must review
 * it before `reviewedBy` is set; until then every report says so.
 * @module
 */
import type { Catalogue } from './catalogue.ts';

export const ES: Catalogue = {
  language: 'es',
  name: 'Español',
  direction: 'ltr',
  origin: 'machine-drafted',
  reviewedBy: null,
  messages: {
    'report.title': 'Informe de cadena de custodia: elemento {item}',
    'report.verified': 'VERIFICADO',
    'report.notVerified': 'NO VERIFICADO',
    'report.verifiedDetail':
      'Todas las comprobaciones se superaron con la clave del registro fijada: el historial de custodia que sigue es el que el registro asentó.',
    'report.notVerifiedDetail':
      'Al menos una comprobación falló (véase «Verificación»). Los hechos que siguen son solo lo que afirma el paquete: no confíe en ellos.',
    'report.compromised':
      'Las entradas {entries} se firmaron con una clave declarada después comprometida desde una fecha anterior a su asiento: se asentaron antes de esa declaración, por lo que se verifican, pero valórelas con cautela (señaladas abajo).',
    'report.item': 'Elemento',
    'report.generated': 'Informe generado',
    'report.bundleMade': 'Paquete elaborado',
    'report.exportedBy': 'Exportado por',
    'report.derivatives': 'Historiales de los derivados',
    'report.derivativesIncluded':
      '{included, select, yes {incluidos, verificados con el del elemento} other {no incluidos}}',
    'report.bundleSha256': 'SHA-256 del paquete',
    'report.language': 'Idioma',
    'report.unprintable':
      'Algunos caracteres no tienen glifo en las fuentes de este PDF; cada uno se muestra como [U+punto de código] y el archivo adjunto bundle.json contiene el texto exacto: {codes}.',
    'report.seeBundle': '… [véase bundle.json]',
    'report.footer': 'Elemento {item} · {verdict} · SHA-256 del paquete {sha256}',
    'report.page': 'Página {n} de {of}',
    'report.reviewed':
      'Traducción revisada por {reviewer}. El archivo adjunto bundle.json es el registro auténtico.',
    'report.unreviewed':
      'Borrador de traducción automática, aún no revisado por un traductor jurídico cualificado. El archivo adjunto bundle.json es el registro auténtico.',
    'report.generatedAt': 'informe generado el {time}',
    'time.utc': '{time} UTC',
    'time.recorded': '{utc} (registrado como {local})',
    'time.logged': 'asentado el {time}',
    'time.byTsa': 'TSA {name}',
    'time.byWitness': 'testigo {name}',
    'time.noLaterThan': 'a más tardar el {time}',
    'case.section': 'Causa y solicitudes',
    'case.reference': 'Referencia de la causa',
    'case.title': 'Título',
    'case.organisation': 'Organismo',
    'case.state': 'Estado',
    'case.none': 'El paquete no menciona ninguna causa.',
    'request.heading': 'Solicitudes entre Estados',
    'request.request': 'Solicitud',
    'request.type': 'Tipo',
    'request.fromTo': 'De → a',
    'request.parties':
      '{requestingAuthority} ({requestingState}) → {requestedAuthority} ({requestedState}, autoridad designada por la entrada {designation})',
    'request.legalBasis': 'Fundamento jurídico',
    'request.status': 'Estado de tramitación',
    'request.none': 'Ninguna solicitud de asistencia se refiere a este elemento.',
    'item.none': 'No hay un registro verificado del elemento (véase «Verificación»).',
    'item.the': 'El elemento: {id}',
    'item.related': 'Elemento relacionado: {id}',
    'item.description': 'Descripción',
    'item.case': 'Causa',
    'item.exhibit': 'Número de pieza de convicción',
    'item.size': 'Tamaño',
    'item.mediaType': 'Tipo de medio',
    'item.origin': 'Origen',
    'item.originUnknown': 'no consta en el paquete',
    'item.registered': 'Registrado (en el registro)',
    'item.custodian': 'Custodio (último asiento aquí)',
    'item.status': 'Situación (último asiento aquí)',
    'item.derivedFrom': 'Derivado de',
    'item.relation': 'Relación',
    'item.sourceOf': 'origen del que se copió {id}',
    'item.originObtained': '{method}{hasLocation, select, yes { en {location}} other {}}',
    'item.originAuthorisation': 'en virtud de {type} {reference} expedido por {issuer}',
    'item.originRequest': 'en virtud de la solicitud {request}',
    'item.originCollected': 'recogido por {person} el {time}',
    'item.originCopy': 'copia de {item} ({method}) hecha con {tool} por {person} el {time}',
    'item.preservation': 'Conservación',
    'item.preservationValue':
      'orden {order}{hasBasis, select, yes {, en virtud de {basis}} other {}}, del {since} al {until}: {hasForce, select, yes {vigente} other {CADUCADA}} a {asOf} (última entrada del paquete)',
    'item.legalHold': 'Retención legal',
    'item.legalHoldValue': '{reference}, impuesta sobre {on}, vigente en el punto de control del paquete',
    'item.retention': 'Plazo de conservación',
    'item.retentionValue':
      '{hasCategory, select, yes {categoría {category} ({basis}), se conserva hasta {until}; } other {}}{hasLimit, select, yes {se conserva como máximo hasta {limit} (condiciones fijadas por {state}); } other {}}{isDue, select, yes {PENDIENTE DE REVISIÓN desde {reviewAt}} other {revisión prevista el {reviewAt}}} a {asOf} (última entrada del paquete){hasOverride, select, yes {; disposición anticipada ordenada ({reference})} other {}}',
    'size.bytes': '{n, plural, one {# byte} other {# bytes}}',
    'custody.section': 'Historial de custodia',
    'custody.intro':
      'Una fila por hecho, en el orden en que el registro los asentó. «#» es la posición de la entrada en el registro, como la cita la sección de verificación; las horas están en UTC, con el desfase que registró el actor al lado.',
    'custody.when': 'Cuándo (ocurrió; asentado)',
    'custody.who': 'Quién',
    'custody.what': 'Qué',
    'custody.where': 'Dónde',
    'custody.seal': 'Precinto',
    'custody.digest': 'Resumen',
    'custody.none': 'El paquete no contiene ningún hecho de custodia de este elemento.',
    'custody.inLog': 'en el registro {origin}',
    'custody.crossedOut':
      'FRONTERA: la custodia pasó de este registro al registro {origin}, que la importó como su entrada {index}',
    'custody.crossedIn':
      'FRONTERA: la custodia llegó a este registro desde el registro {origin}, que la divulgó como su entrada {index}',
    'custody.match': 'coincide',
    'custody.mismatch': 'NO COINCIDE',
    'derivatives.section': 'Cadena de derivados',
    'derivatives.intro':
      'Cada flecha lleva de un elemento a las copias hechas de él, tal como las asentó el registro.',
    'derivatives.none':
      'No hay elementos derivados: nada en este paquete se copió desde o hacia el elemento.',
    'verification.section': 'Verificación',
    'verification.noCheckpoint':
      'No se pudo verificar ningún punto de control con la clave del registro fijada.',
    'verification.intro':
      'El paquete se comprobó con este punto de control firmado del registro, abierto con la clave de verificación del registro fijada por quien elaboró este informe:',
    'verification.origin': 'Origen del punto de control',
    'verification.treeSize': 'Tamaño del árbol',
    'verification.entries': '{n, plural, one {# entrada} other {# entradas}}',
    'verification.rootHash': 'Hash raíz (base64)',
    'verification.keyId': 'ID de la clave del registro',
    'verification.witnesses': 'Testigos que cofirmaron',
    'verification.noWitnesses': 'no comprobado (sin política de testigos)',
    'verification.result': 'Resultado',
    'verification.check': 'Comprobación',
    'verification.entry': 'Entrada',
    'verification.detail': 'Detalle',
    'verification.noChecks': 'No se hizo ninguna comprobación.',
    'status.pass': 'CORRECTO',
    'status.fail': 'FALLO',
    'status.warn': 'ADVERTENCIA',
    'status.info': 'NOTA',
    'check.format': 'Formato',
    'check.log-key': 'Clave del registro',
    'check.checkpoint': 'Punto de control',
    'check.witnesses': 'Testigos',
    'check.post-quantum': 'Firma poscuántica',
    'check.time': 'Tiempo',
    'check.rollback': 'Retroceso',
    'check.entries': 'Entradas',
    'check.inclusion': 'Inclusión',
    'check.signatures': 'Firmas',
    'check.genesis': 'Génesis',
    'check.rules': 'Reglas de custodia',
    'check.chain': 'Cadena',
    'check.revocations': 'Revocaciones',
    'check.digests': 'Resúmenes',
    'check.derivatives': 'Derivados',
    'check.subject': 'Objeto',
    'check.file': 'Archivo de prueba',
    'check.attachment': 'Adjunto del PDF',
    'check.log-origin': 'Origen del registro',
    'check.pages': 'Páginas impresas',
    'check.signature': 'Firma del exportador',
    'check.report-signature': 'Firma del informe',
    'check.completeness': 'Completitud',
    'check.border': 'Frontera',
    'check.parts': 'Partes de otros registros',
    'check.detailInEnglish': 'Detalle del verificador, en inglés:',
    'bundle.section': 'El paquete',
    'bundle.intro':
      'El paquete judicial (formato custos-bundle, docs/bundle.md) son los datos firmados a partir de los cuales se elaboró este informe. La versión PDF de este informe lo lleva como archivo adjunto bundle.json.',
    'bundle.sha256': 'SHA-256',
    'bundle.entries': 'Entradas',
    'bundle.origin': 'Origen del registro',
    'bundle.key': 'Clave del registro en el paquete',
    'guide.section': 'Cómo verificar este informe de forma independiente',
    'guide.intro':
      'Lo que imprime este informe puede comprobarse en lugar de aceptarse por confianza. Los datos firmados a partir de los cuales se elaboró van adjuntos al PDF como bundle.json; el verificador comprueba esos datos, luego vuelve a dibujar estas páginas a partir de ellos y las compara con el archivo, sin confiar en el servidor Custos ni en su personal.',
    'guide.step1':
      'Obtenga la clave de verificación del registro por un canal independiente: del operador del registro por carta, por teléfono (leyendo su ID de clave) o a través de la secretaría judicial. Nunca la tome de este informe ni del paquete: sus copias solo se comparan con ella.',
    'guide.step1Key': 'La clave con la que se comprobó este informe tiene el ID {keyId}.',
    'guide.step2':
      'Ejecute el verificador de Custos sobre el PDF con esa clave (orden abajo); no necesita red. Extrae el adjunto bundle.json, comprueba que su SHA-256 es el impreso en este informe, comprueba cada firma, prueba de inclusión y regla de custodia, y luego exige que cada página del archivo sea exactamente lo que produce ese historial verificado: una página modificada, añadida o eliminada se indica por su número.',
    'guide.step3':
      'O abra la página /verify de un servidor Custos en un navegador, elija este PDF e introduzca la misma clave. Hace las mismas comprobaciones; para comprobar las páginas carga las fuentes del informe desde ese servidor, por lo que una copia guardada de la página abierta sin conexión comprueba el historial e indica que las páginas NO se comprobaron.',
    'guide.step4':
      'Si tiene el propio archivo de prueba, su SHA-256 (por ejemplo, con sha256sum) debe ser igual al SHA-256 registrado impreso en este informe.',
    'guide.proves': 'Qué prueba un resultado verificado',
    'guide.provesText':
      'Que el registro cuya clave fijó asentó, en este orden, las entradas mostradas, firmadas por los actores nombrados con claves válidas en ese momento, respetando las reglas de custodia; y, cuando hubo testigos que cofirmaron, que vieron el mismo registro.',
    'guide.notProves': 'Qué no prueba',
    'guide.notProves1':
      'Que el historial esté completo después del punto de control: puede haber hechos posteriores; pida un paquete nuevo.',
    'guide.notProves2': 'Que ningún actor ajeno al paquete tuviera una clave coincidente.',
    'guide.notProves3':
      'Que lo que firmó un actor sea cierto en el mundo. Eso depende de los actores, los testigos y los tribunales.',
    'event.registered':
      'registrado: {description}; obtenido por {method}{hasLocation, select, yes { en {location}} other {}}; recogido por {collector}',
    'event.sealed': 'precintado con el precinto {seal}',
    'event.unsealed': 'precinto {seal} roto: {reason}',
    'event.handedOver': 'entregado a {to} para {purpose}{hasChannel, select, yes { por {channel}} other {}}',
    'event.handoverCancelled': 'entrega cancelada: {reason}',
    'event.received':
      'recibido; SHA-256 recomprobado: {hasMatch, select, yes {coincide con} other {NO COINCIDE con}} el resumen registrado{hasCondition, select, yes {; {condition}} other {}}',
    'event.examined':
      'examinado para {purpose} con {tool}{hasFindings, select, yes {; hallazgos: {findings}} other {}}',
    'event.copied': 'copiado al derivado {derivative} ({description}) con {tool}',
    'event.created': 'creado como copia de {item} con {tool} ({method})',
    'event.verified':
      'resumen recalculado: {hasMatch, select, yes {coincide con} other {NO COINCIDE con}} el resumen registrado',
    'event.preserved':
      'conservado en virtud de la orden {order} hasta el {until}{hasRequest, select, yes { (solicitud {request})} other {}}',
    'event.preservationExtended': 'conservación prorrogada hasta el {until}',
    'event.preservationReleased': 'conservación levantada: {reason}',
    'event.disclosed':
      'comunicado a {to} en virtud de la solicitud {request}: {scope}{hasConditions, select, yes {; condiciones: {conditions}} other {}}{hasConditionsOnUse, select, yes {; condiciones de uso: {conditionsOnUse}} other {}}',
    'event.disclosedToAuthority':
      'comunicado a {authority} ({state}, autoridad designada por la entrada {designation}) en virtud de la solicitud {request}: {scope}{hasConditions, select, yes {; condiciones: {conditions}} other {}}{hasConditionsOnUse, select, yes {; condiciones de uso: {conditionsOnUse}} other {}}',
    'event.imported':
      'importado del registro {origin}, donde la entrada {index} comunicó el elemento {item}: {description}',
    'event.transferReceipt':
      'acuse de recibo de la comunicación {disclosure}: importado en el registro {origin} como entrada {index}',
    'event.holdPlaced': 'retención legal {reference} impuesta: {reason}',
    'event.holdLifted': 'retención legal levantada ({reference}): {reason}',
    'event.retentionSet': 'clasificado en la categoría de conservación {category}: {reason}',
    'event.retentionOverridden':
      'disposición anticipada ordenada antes del fin de la conservación ({reference}): {reason}',
    'event.useConsented':
      'consentimiento del Estado proveedor para {hasOnward, select, yes {la transmisión a {to}} other {{hasPurpose, select, yes {el uso para {purpose}} other {el uso como prueba ante un tribunal}}}}: {reason}',
    'event.useConsentedToAuthority':
      'consentimiento del Estado proveedor para la transmisión a {authority} ({state}, autoridad designada por la entrada {designation}): {reason}',
    'event.returned': 'devuelto a {to}: {reason}',
    'event.destroyed':
      'destruido por {method} ({authorisation}){hasWitness, select, yes {, ante el testigo {witness}} other {}}',
    'event.annotated':
      'anotación: {text}{hasCorrects, select, yes { (corrige una entrada anterior)} other {}}',
    'keyNote.compromised':
      'Firmado con una clave declarada después comprometida desde {from}, declarado por {by} el {at} (entrada {entry}).',
    'keyNote.issued':
      'Firmado con una clave que el administrador {by} expidió en nombre de {actor} el {at} (entrada {entry}).',
    'origin.seizure': 'incautación',
    'origin.production-order': 'orden de presentación',
    'origin.preservation': 'conservación',
    'origin.voluntary-disclosure': 'entrega voluntaria',
    'origin.foreign-authority': 'transmisión por una autoridad extranjera',
    'origin.derived': 'derivación de otro elemento',
    'itemStatus.active': 'activo',
    'itemStatus.returned': 'devuelto',
    'itemStatus.destroyed': 'destruido',
    'requestType.mutual-legal-assistance': 'asistencia judicial mutua',
    'requestType.preservation-stored-data': 'conservación rápida de datos almacenados',
    'requestType.preservation-traffic-data': 'conservación rápida de datos de tráfico',
    'requestType.production': 'orden de presentación',
    'requestType.network-24-7': 'solicitud por la red 24/7',
    'requestType.spontaneous-information': 'información espontánea',
    'requestStatus.recorded': 'registrada',
    'requestStatus.received': 'recibida',
    'requestStatus.accepted': 'aceptada',
    'requestStatus.executed': 'ejecutada',
    'requestStatus.partially-executed': 'ejecutada parcialmente',
    'requestStatus.refused': 'denegada',
    'requestStatus.withdrawn': 'retirada',
    'eventType.registered': 'registro',
    'eventType.created': 'creado como copia',
    'eventType.sealed': 'precintado',
    'eventType.unsealed': 'rotura de precinto',
    'eventType.handed-over': 'entrega',
    'eventType.handover-cancelled': 'entrega anulada',
    'eventType.received': 'recepción',
    'eventType.examined': 'examen',
    'eventType.copied': 'copia',
    'eventType.verified': 'nuevo cálculo del hash',
    'eventType.preserved': 'conservación',
    'eventType.preservation-extended': 'conservación prorrogada',
    'eventType.preservation-released': 'conservación alzada',
    'eventType.disclosed': 'comunicación',
    'eventType.returned': 'devolución',
    'eventType.destroyed': 'destrucción',
    'eventType.annotated': 'anotación',
    'eventType.use-consented': 'consentimiento de uso',
    'eventType.hold-placed': 'retención legal impuesta',
    'eventType.hold-lifted': 'retención legal alzada',
    'eventType.imported': 'importado de otro registro',
    'eventType.transfer-receipt': 'acuse de recibo del registro receptor',
    'subjectKind.actor': 'del actor',
    'subjectKind.case': 'de la causa',
    'subjectKind.request': 'de la solicitud',
    'subjectKind.item': 'del elemento',
    'subjectKind.designations': 'de las designaciones',
    'subjectKind.retention': 'de la categoría de conservación',
    'subjectKind.derivatives': 'de los elementos derivados del elemento',
    'eventType.retention-set': 'categoría de conservación asignada',
    'eventType.retention-overridden': 'excepción al plazo de conservación',
    'revocationReason.compromised': 'comprometida',
    'revocationReason.lost': 'perdida',
    'revocationReason.superseded': 'sustituida',
    'revocationReason.left-organisation': 'salida de la organización',
    'revocationReason.other': 'otro motivo',
    'item.holdOnItem': 'el elemento {id}',
    'item.holdOnCase': 'la causa {id}',
    'conditions.onUse':
      'fines permitidos: {purposes}; transmisión ulterior: {hasOnwardPermitted, select, yes {permitida} other {solo con el consentimiento del Estado que facilitó los datos}}; uso como prueba: {hasEvidencePermitted, select, yes {permitido} other {solo con el consentimiento del Estado que facilitó los datos}}{hasRetainUntil, select, yes {; conservar como máximo hasta {retainUntil}} other {}}{hasDataProtection, select, yes {; protección de datos: {dataProtection}} other {}}',
    'detail.notBundle': 'no es un custos-bundle (v1 o v2): {path} {problem}',
    'detail.format': '{format} del elemento {item}, generado el {createdAt}',
    'detail.jsonRefused': '{name} se rechaza: {reason}',
    'detail.jsonInvalid': '{name}: {reason}',
    'detail.theBundle': 'el paquete',
    'detail.fileNoItems': 'ningún elemento verificado con el que comparar {file}',
    'detail.fileMatches': '{file} tiene el SHA-256 registrado del elemento {item}',
    'detail.fileMismatch':
      '{file} tiene el SHA-256 {sha256}, que no está registrado para ninguno de los {n} {n, plural, one {elemento} other {elementos}} del paquete ({items}): no es esta prueba, o ha sido alterada',
    'detail.logKeyInvalid': 'la clave del registro fijada no es una clave de verificación válida: {reason}',
    'detail.witnessKeyInvalid':
      'la clave de testigo {key} no es una clave de verificación de cofirmas: {reason}',
    'detail.checkpointInvalid':
      'el punto de control no se verifica con la clave del registro fijada: {reason}',
    'detail.checkpoint':
      'punto de control de {origin} con tamaño de árbol {size}, raíz {root}, firmado por la clave del registro fijada',
    'detail.witnesses':
      'cofirmaron {n} de {threshold} testigos requeridos{hasCosigners, select, yes { ({cosigners})} other {}}{hasMissing, select, yes {; faltan: {missing}} other {}}',
    'detail.witnessesNoPolicy':
      '{hasCosigners, select, yes {cofirmado por {cosigners} (sin política de testigos)} other {sin política de testigos}}',
    'detail.logKeyNamed': 'el paquete nombra la clave del registro fijada {name} (ID de clave {keyId})',
    'detail.logOriginNamed': 'el paquete nombra el origen del registro {name}, el de la clave fijada',
    'detail.logMemberDiffers': 'el paquete indica log.{member} {value}, no el {pinned} fijado',
    'detail.logMemberUnpinned':
      'log.{member} del paquete no corresponde a nada que el verificador fije, por lo que no puede comprobarse',
    'detail.pqKeyInvalid': 'la clave ML-DSA-44 fijada no es utilizable: {reason}',
    'detail.pqSigned': 'el punto de control lleva además una firma ML-DSA-44 válida de la clave fijada',
    'detail.pqRequired':
      'la política exige una firma ML-DSA-44 de la clave fijada y el punto de control no tiene ninguna',
    'detail.pqMissing': 'el punto de control no lleva ninguna firma ML-DSA-44 de la clave fijada',
    'detail.seenInvalid': 'el punto de control que usted vio antes no se verifica: {reason}',
    'detail.seenSame': 'el mismo árbol que el punto de control que usted vio (tamaño {size})',
    'detail.forked':
      'dos raíces distintas para el tamaño de árbol {size}: el registro se bifurcó; conserve ambos puntos de control como prueba',
    'detail.seenEmpty':
      'el punto de control que usted vio es el del árbol vacío: cualquier árbol posterior es coherente con él',
    'detail.consistencyUnproven':
      'el punto de control del paquete (tamaño {size}) es {hasNewer, select, yes {más reciente} other {más antiguo}} que el que usted vio (tamaño {seen}); sin conexión esto no prueba nada: verifique con --online para que el registro pruebe que ambos son un solo historial',
    'detail.consistent':
      'coherencia probada con el punto de control que usted vio (tamaño {seen}): el árbol del registro de tamaño {older} es un prefijo de su árbol de tamaño {newer} (RFC 9162)',
    'detail.inconsistent':
      'la prueba de coherencia del registro del tamaño {older} al {newer} no se cumple: el punto de control del paquete y el que usted vio no son un solo historial; conserve ambos como prueba',
    'detail.entryMalformed': 'una entrada está mal formada: {reason}',
    'detail.outOfOrder':
      'la entrada {entry} va después de la entrada {previous}: las entradas deben seguir el orden del registro, cada una una vez',
    'detail.beyondCheckpoint':
      'la entrada {entry} no está probada en el registro: su índice supera el tamaño {size} del punto de control (¿punto de control revertido?)',
    'detail.proofMismatch':
      'la entrada {entry} no está probada en el registro: su prueba de inclusión no lleva a la raíz del punto de control (entrada o prueba alterada)',
    'detail.entries': '{n} de {total} entradas son JCS canónico, bien formadas y en el orden del registro',
    'detail.inclusion': 'inclusión probada de {n} de {total} entradas en el punto de control (RFC 9162)',
    'detail.inclusionNoCheckpoint': 'la inclusión no puede comprobarse sin un punto de control verificado',
    'detail.genesis': 'la cadena de confianza empieza en la entrada 0, el administrador inicial {actor}',
    'detail.noGenesis':
      'el paquete no empieza por el administrador inicial (entrada 0): los firmantes no pueden vincularse a la configuración del registro',
    'detail.notAsLogged':
      'la entrada {entry} no es lo que el registro habría escrito (su hora no está en el formato del registro)',
    'detail.chainGap':
      'la entrada {entry} no sigue a la entrada anterior de su sujeto en este paquete: falta una entrada o el orden está alterado',
    'detail.ruleBroken': 'la entrada {entry} infringe la regla {code}: {reason}',
    'detail.chainBroken': 'la cadena de entradas está rota (véase arriba)',
    'detail.chain': 'cada evento nombra la entrada anterior de su sujeto: sin huecos ni reordenaciones',
    'detail.rulesNoVersion':
      '{n} de {total} entradas proceden de un registro que no anunció ninguna versión de las reglas: se reprodujeron con la versión 1, las reglas con las que se registraron',
    'detail.rulesOlderVersion':
      '{n} de {total} entradas se registraron antes de la entrada {from}, a partir de la cual el registro aplica la versión {version} de las reglas: cada una se reprodujo con la versión vigente para ella',
    'detail.rulesMoved':
      'el registro cambió la versión de las reglas aplicable a entradas que ya cubría un punto de control que usted vio ({reason})',
    'detail.rulesLineInvalid': 'la línea de reglas del punto de control no se puede leer: {reason}',
    'detail.rules':
      '{n} de {total} entradas cumplen las reglas de custodia al reproducirlas (las mismas reglas que el servidor)',
    'detail.signatureBad': 'entrada {entry}: la firma de {actor} no se verifica sobre su contenido',
    'detail.signatures': 'se verifican {n} de {total} firmas de entradas (Ed25519, RFC 8032 estricto)',
    'detail.subject': 'el elemento {item} está registrado en el paquete: {description}',
    'detail.noSubject': 'el paquete no contiene el registro del elemento {item}',
    'detail.digestMismatch':
      'entrada {entry}: {actor} hizo constar que el elemento {item} NO coincidía con su SHA-256 registrado ({type})',
    'detail.digests':
      'nuevas comprobaciones de hash coincidentes con los hashes registrados: {n}{hasMismatches, select, yes {; discrepancias registradas: {mismatches} (véase arriba)} other {}}{hasIgnored, select, yes {; en entradas no probadas o no firmadas, no contadas: {ignored}} other {}}',
    'detail.orphan': 'el elemento {item} dice derivar de {parent}, cuyo historial no está en el paquete',
    'detail.derivatives': 'elementos derivados: {n}, cada uno creado a partir de su original por su custodio',
    'detail.noDerivatives': 'ningún elemento derivado',
    'detail.compromisedLater':
      'la entrada {entry} fue firmada por {actor} con una clave declarada después comprometida desde {from}, declaración de {by} el {at} (entrada {declaration}, {reason}{hasNote, select, yes {: {note}} other {}}); el registro prueba que la entrada se registró antes de esa declaración',
    'detail.issuedByAdministrator':
      'la entrada {entry} fue firmada por {actor} con una clave que el administrador {by} emitió en su nombre el {at} (entrada {since}): {by} pudo tenerla',
    'detail.compromisedSummary':
      '{n} {n, plural, one {entrada fue firmada} other {entradas fueron firmadas}} con una clave declarada después comprometida desde un momento anterior a su registro (véase arriba); cada una se registró antes de la declaración, por lo que se verifica, pero debe valorarse con cautela',
    'detail.revocations':
      'ninguna entrada está firmada con una clave revocada antes de su registro ni declarada comprometida desde un momento anterior a su registro',
    'detail.noCompleteness':
      'este paquete {format} no lleva prueba de completitud: muestra que sus entradas están en el registro, no que el historial del elemento {item} esté completo (solicite una nueva exportación)',
    'detail.mapLineMalformed':
      'la línea del mapa de historiales del punto de control está mal formada: {reason}',
    'detail.noMap':
      'el punto de control (tamaño {size}) no se compromete con ningún mapa de historiales, por lo que no puede mostrarse completo el historial del elemento {item}',
    'detail.incompleteNoProof':
      'el historial {kind} {id} no se muestra completo: el paquete no tiene prueba de completitud para él',
    'detail.incompleteBadProof':
      'el historial {kind} {id} no se muestra completo: su prueba del mapa de historiales no coincide con el punto de control ({reason})',
    'detail.incompleteNoHistory':
      'el historial {kind} {id} no se muestra completo: el registro prueba que no tiene historial alguno a la fecha del punto de control',
    'detail.incompleteCount':
      'el historial {kind} {id} no se muestra completo: el registro tiene {count}, la última n.º {latest}; el paquete tiene {held}, la última n.º {last}',
    'detail.incompleteLatest':
      'el historial {kind} {id} no se muestra completo: la última entrada del registro n.º {latest} no es la entrada n.º {last} del paquete',
    'detail.incompleteWithheld':
      'el historial {kind} {id} no se muestra completo: el paquete contiene entradas suyas pero lo declara retenido',
    'detail.derivativeWithheld':
      'el historial del elemento derivado {id} no está en este paquete ni se muestra completo: quien lo exportó no puede leerlo (pida a su titular su propio paquete)',
    'detail.incompleteNoneNoProof':
      'el historial {kind} {id} no se muestra completo: es un elemento derivado del que el paquete no contiene nada, y el paquete no tiene prueba de completitud para él',
    'detail.incompleteNoneHeld':
      'el historial {kind} {id} no se muestra completo: es un elemento derivado del que el paquete no contiene nada; el registro tiene {count}, la última n.º {latest}',
    'detail.derivativesWithheld':
      'no todos los elementos registrados como derivados del elemento {id} están en este paquete: su exportador no puede leer algunos, por lo que no se muestran completos (pida a su titular su propio paquete)',
    'detail.derivativesCountedFrom':
      'el registro cuenta los elementos registrados como derivados de un elemento a partir de la entrada {from} (versión 3 de las reglas): uno registrado antes de la entrada {from} y omitido por completo de este paquete pasaría inadvertido',
    'detail.derivativesNoProof':
      'los derivados del elemento {id} no se muestran completos: el paquete no prueba cuántos elementos registró el registro como derivados de él',
    'detail.derivativesNoneInLog':
      'los derivados del elemento {id} no se muestran completos: el paquete contiene {held} registros de elementos derivados de él desde la entrada {from}, y el registro prueba que no tiene ninguno',
    'detail.derivativeMissing':
      'falta un derivado del elemento {id}: el registro anotó un elemento derivado de él en la entrada {latest}, que el paquete no contiene (el registro tiene {count} de esos registros desde la entrada {from}, el paquete {held})',
    'detail.derivativesMissing':
      'faltan derivados del elemento {id}: el registro tiene {count} registros de elementos derivados de él desde la entrada {from}, el paquete {held}',
    'detail.pdfUnreadable':
      'el archivo no puede leerse como PDF ({reason}), por lo que sus páginas no pueden comprobarse',
    'detail.noRenderRecord':
      'el PDF no indica cómo se generaron sus páginas (no hay un registro de generación custos completo en sus metadatos XMP), por lo que no pueden generarse de nuevo y compararse',
    'detail.pagesMatch':
      'cada página es exactamente lo que genera el historial verificado: generar de nuevo el informe a partir del paquete verificado ({renderer}, {languages}) da {hasSignature, select, yes {la revisión firmada de este archivo byte a byte, y el archivo no contiene nada más que la firma de la autoridad que lo exportó (ni revisiones posteriores, ni anotaciones, ni campos de formulario, ni páginas adicionales)} other {este archivo byte a byte, por lo que el archivo no contiene nada más (ni revisiones posteriores, ni anotaciones, ni campos de formulario, ni páginas adicionales)}}',
    'detail.pagesDiffer':
      'las páginas NO son lo que genera el historial verificado: {findings}{hasMore, select, yes {; y {more} diferencias más} other {}}',
    'detail.pagesNotChecked': 'las páginas impresas NO se comprobaron: {why}',
    'detail.historyUnverified': 'el historial con el que se compararían no se verifica',
    'detail.attachmentUndeclared':
      'el PDF no declara el SHA-256 de su paquete (sin Subject «{prefix}»), por lo que el {file} adjunto (SHA-256 {sha256}) no puede vincularse al informe impreso',
    'detail.attachmentMatches':
      'el {file} adjunto tiene el SHA-256 que el informe declara e imprime: {sha256}',
    'detail.attachmentReplaced':
      'el {file} adjunto tiene el SHA-256 {sha256}, no el {declared} que el informe declara e imprime: el adjunto se sustituyó o alteró después de generarse el informe',
    'detail.completeAsOf': 'completo al punto de control {root}… (tamaño {size})',
    'detail.complete':
      'los historiales de {n} sujetos están {complete}: el mapa del registro contiene la última entrada del paquete de cada uno, y tantas entradas: {named}{hasMore, select, yes {, y {more} más} other {}}',
    'detail.borderProven':
      'la entrada {index} lleva la entrada {other} del registro {origin}, probada en su punto de control de tamaño {size} con la clave fijada para ese registro',
    'detail.borderNotPinned':
      'la entrada {index} lleva la entrada {other} del registro {origin}, que no está fijado aquí: esa parte NO se comprobó (fije la clave de ese registro para comprobarla)',
    'detail.borderFailed':
      'la entrada {index} lleva la entrada {other} del registro {origin}, y su prueba falla con la clave y la política de testigos fijadas para ese registro: {reason}',
    'detail.partsMissing': 'un paquete {format} lleva partes de otros registros, pero este no lleva ninguna',
    'detail.partsNotMultiLog':
      'un paquete {format} no puede llevar partes de otros registros: solo custos-bundle/v3 puede',
    'detail.partAbsent':
      'la entrada {index} importa la entrada {other} del registro {origin}, pero el paquete no lleva la parte de ese registro: la historia allí no se muestra',
    'detail.partUnclaimed':
      'la parte {n} (el registro {origin}, su entrada {other}) no es la divulgación que nombra ninguna importación de este paquete',
    'detail.partNotPinned':
      'la parte del registro {origin} (su historia hasta su entrada {other}, importada por la entrada {index}) NO se comprobó: aquí no hay clave fijada para ese registro. Para comprobarla, fije la clave de ese registro: custos trust add, u «Otros registros» en la página /verify',
    'detail.partFailed':
      'la parte del registro {origin} importada por la entrada {index} no se verifica con la clave y la política de testigos fijadas para ese registro: {reason}',
    'detail.partBundleFailed':
      'la parte del registro {origin} importada por la entrada {index} no se verifica con la clave fijada para ese registro: su paquete no se verifica: {failures}',
    'detail.partCheckFailed':
      '{check}: {reason}{hasNext, select, yes {; {next}} other {}}{hasMore, select, yes {; {more, plural, one {# fallo más} other {# fallos más}}} other {}}',
    'detail.partMismatch':
      'la entrada {index} importa la entrada {other} del registro {origin} con hash de hoja {named}, pero la parte de ese registro en el paquete divulga una entrada con hash de hoja {leafHash}',
    'detail.partVerified':
      'la entrada {index} importa el elemento {item} del registro {origin}: la parte de ese registro se verifica con la clave fijada para él, y su entrada {other} es la divulgación que nombra la importación. Solo es completa a fecha del punto de control {root}… (tamaño {size}) de ese registro, hecho al divulgar: los eventos posteriores en ese registro no están cubiertos',
    'reason.unreadable': 'no se puede leer',
    'reason.badSignature': 'la firma de {name} sobre el punto de control no se verifica',
    'reason.notSignedByPinnedKey':
      'el punto de control no está firmado con la clave fijada para ese registro',
    'reason.otherOrigin': 'el punto de control es del registro {origin}, no del registro fijado {pinned}',
    'reason.proofFails': 'su prueba de inclusión o de consistencia no lleva a la raíz del punto de control',
    'reason.malformed': 'su prueba o su punto de control está mal formado (código {code})',
    'reason.failedWithCode': 'falla con el código {code}',
    'reason.witnessQuorum':
      'cofirmaron el punto de control {n} de los {threshold} testigos de confianza requeridos{hasCosigners, select, yes { ({cosigners})} other {}}{hasMissing, select, yes {; no cofirmaron: {missing}} other {}}',
    'reason.proofWithoutEntry':
      'la tlog-proof no lleva ninguna entrada y no se dio ninguna: no se prueba nada incluido',
    'reason.packageMalformed':
      '{what, select, format {el formato del paquete de transferencia no es {format}} members {el paquete de transferencia tiene miembros que el formato no define: {members}} disclosure {la revelación del paquete de transferencia no es exactamente un índice y una tlog-proof} bundle {el paquete de transferencia no lleva ningún expediente judicial con entradas} other {la prueba de consistencia del paquete de transferencia no es una lista de hashes base64}}',
    'reason.notADisclosure': 'la entrada {index} de su expediente no es una revelación',
    'reason.proofOfOtherEntry':
      'su tlog-proof prueba la entrada {proven}, no la revelación, la entrada {named}',
    'reason.foreignEntryMismatch':
      'la tlog-proof prueba la entrada {proven} (hash de hoja {provenLeaf}) del registro {provenOrigin}, no la entrada {index} (hash de hoja {leafHash}) del registro {origin}',
    'detail.tsaUnchecked':
      'se indicó una política TSA pero los sellos no se comprobaron (use verifyBundleWithTime)',
    'detail.tokenFailed': 'sello de tiempo {n} sobre el punto de control {size}: {reason}',
    'detail.timeContradiction':
      'la entrada {entry} dice haberse registrado el {at}, pero el punto de control {size}, que la contiene, ya existía el {bound} ({source})',
    'detail.anchorInvalid':
      'ancla temporal {n}: su punto de control no se verifica con la clave del registro fijada: {reason}',
    'detail.anchorInconsistent':
      'el ancla temporal {n} (punto de control {size}) no es coherente con el punto de control {bundleSize} del paquete',
    'detail.reportNotSigned':
      'el informe no está firmado por la autoridad que lo exportó (sin firma PAdES): no está probado quién lo exportó; sus páginas se comprueban igualmente con el historial verificado',
    'detail.reportSigned':
      'firmado con el certificado {key} de SHA-256 {sha256} (sujeto «{subject}», emitido por «{issuer}», válido del {notBefore} al {notAfter}) {whichTime, select, own {el {at} según el reloj del firmante} checked {el {at}, sellado de tiempo por {tsa} el {genTime} (comprobado con la raíz TSA fijada {root})} other {el {at}, sellado de tiempo por {tsa} el {genTime} (NO comprobado: no hay ninguna raíz TSA fijada)}}, {level}: la firma cubre todo el archivo salvo su propio valor, y nada la sigue. Aquí no se comprueba ninguna autoridad de certificación: firmó quien posee la clave de ese certificado; compare el SHA-256 del certificado con el que publica la autoridad exportadora',
    'detail.reportSignatureInvalid': 'la firma del informe NO es válida: {reason}',
    'detail.reportSignatureAppended':
      'la firma del informe NO es válida: se añadieron {n} bytes después del final del rango firmado (una actualización incremental tras la firma), y un visor los muestra',
    'detail.reportSignatureRevision':
      'la firma del informe NO es válida: la revisión de la firma contiene más que el campo de firma que escribe Custos (se añadió con ella otro objeto, página o anotación)',
    'detail.tsaCovered':
      'cada entrada está en un punto de control sellado por {k} {k, plural, one {TSA fijada} other {TSA fijadas}} ({tokens} {tokens, plural, one {sello verificado} other {sellos verificados}})',
    'detail.tsaUncovered':
      '{n} {n, plural, one {entrada no está} other {entradas no están}} en ningún punto de control sellado por {k} {k, plural, one {TSA fijada} other {TSA fijadas}} (la primera: entrada {first})',
    'detail.timeBounds':
      '{n} de {total} entradas tienen un límite temporal verificado; no se fijó raíz TSA, por lo que no se comprobaron los sellos RFC 3161',
    'detail.more':
      'y {n, number} {whichStatus, select, fail {{n, plural, one {fallo más} other {fallos más}}} warn {{n, plural, one {advertencia más} other {advertencias más}}} info {{n, plural, one {nota más} other {notas más}}} other {{n, plural, one {resultado correcto más} other {resultados correctos más}}}} de esta comprobación, no enumerados',
    'page.signed': 'Firmado:',
    'page.signatureInvalid': 'Firma NO válida:',
    'page.notSigned': 'No firmado:',
    'page.signerCertificate': 'SHA-256 del certificado del firmante',
    'page.signerSubject': 'Sujeto del certificado',
    'page.signerIssuer': 'Emitido por',
    'page.signerValidity': 'Válido',
    'page.pagesChecked': 'Páginas impresas comprobadas:',
    'page.pagesNotChecked': 'Páginas impresas NO comprobadas:',
    'page.pagesDiffer': 'Las páginas impresas NO COINCIDEN con el historial verificado:',
    'page.title': 'Custos — verificar un paquete judicial',
    'page.language': 'Idioma',
    'page.skip': 'Ir al resultado',
    'page.brand': 'registro de cadena de custodia',
    'page.heading': 'Verificar un paquete judicial',
    'page.lede':
      'Comprueba el historial de custodia de un elemento de prueba con el punto de control firmado del registro, con el mismo código que el verificador de línea de órdenes. Todo ocurre en esta página: nada de lo que elija aquí se sube, y la página también funciona guardada en disco y abierta sin conexión.',
    'page.stepKey': 'Fije la clave de verificación del registro',
    'page.logKey': 'Clave de verificación del registro',
    'page.logKeyHelp':
      'Use la clave que el operador del registro le dio por un canal independiente: por carta, por teléfono, a través de la secretaría judicial. Nunca la copie del paquete: la copia del paquete solo se compara con ella.',
    'page.moreWitness': 'Política de testigos y un punto de control anterior (opcional)',
    'page.witnessKeys': 'Claves de testigos de confianza, una por línea',
    'page.threshold': 'Cuántos de ellos deben haber cofirmado',
    'page.witnessHelp':
      'Con una política, el punto de control debe llevar cofirmas válidas de al menos ese número de estos testigos: vieron el mismo registro que usted.',
    'page.knownCheckpoint': 'Un punto de control de este registro que vio antes',
    'page.checkpointHelp':
      'El punto de control del paquete no debe ser anterior a él ni contradecirlo: sería un registro retrocedido o bifurcado.',
    'page.moreTsa': 'Autoridades de sellado de tiempo y la clave poscuántica (opcional)',
    'page.tsaRoots': 'Certificados raíz de autoridades de sellado de tiempo de confianza (PEM)',
    'page.tsaHelp':
      'Con una raíz de TSA, cada hecho debe estar en un punto de control sellado por esa autoridad (RFC 3161), y cada hecho se muestra como asentado a más tardar en esa fecha.',
    'page.pqKey': 'La clave de verificación ML-DSA-44 del registro',
    'page.pqHelp':
      'Con esta clave, el punto de control también debe llevar una firma poscuántica (ML-DSA-44) válida de ella.',
    'page.moreOtherLogs': 'Otros registros, para un paquete que abarca varios (opcional)',
    'page.otherLogs': 'Claves de verificación de otros registros en los que confía, una por línea',
    'page.otherLogsHelp':
      'Un paquete exportado en un Estado puede llevar la parte del registro del Estado que divulgó el elemento. Esa parte solo se comprueba con una clave que usted fije aquí para su registro, nunca con la que nombra el paquete. Pegue las claves o cargue un archivo de almacén de confianza (custos-trust/v1). Solo se usan en esta página, salvo que elija recordarlas en este navegador.',
    'page.otherLogsFile': 'Cargar un archivo de almacén de confianza (custos-trust/v1)',
    'page.rememberOtherLogs': 'Recordar estas claves y políticas de testigos en este navegador',
    'page.forgetOtherLogs': 'Olvidar las claves recordadas',
    'page.otherLogsRemembered': 'Claves de otros registros recordadas en este navegador: {n}',
    'page.otherLogsForgotten': 'No hay ninguna clave de otro registro recordada en este navegador.',
    'page.badOtherLogs':
      'La línea {line} de las claves de otros registros no es una clave de verificación de registro.',
    'page.badTrustFile':
      'Ese archivo no es un almacén de confianza (custos-trust/v1) con fijaciones explícitas.',
    'page.otherLogChanged':
      'En este navegador se recuerda otra clave del registro {origin}: si su operador la cambió de verdad, olvide las claves recordadas y fije la nueva.',
    'page.otherLogWitnesses': 'Testigos del registro {origin} en los que confía, uno por línea',
    'page.otherLogThreshold': 'Cuántos de ellos deben haber cofirmado',
    'page.otherLogPolicyHelp':
      'Con testigos, la parte de ese registro solo cuenta si el punto de control que prueba su revelación lleva cofirmas válidas de al menos ese número de ellos: la política de testigos que un almacén de confianza guarda para ese registro (custos trust add --witness). Vacío: solo la clave del registro.',
    'page.badOtherLogWitnesses':
      'La política de testigos del registro {origin} no se puede usar: cada línea debe ser la clave de verificación de cofirma de un testigo, cada testigo una sola vez.',
    'page.badOtherLogThreshold':
      'Para el registro {origin}, cuántos testigos deben haber cofirmado debe ser un número entero de 1 a {max}.',
    'page.otherLogPolicyKept':
      'El archivo de almacén de confianza fija para el registro {origin} otra política de testigos que la mostrada aquí, que se conserva: para cambiarla, edítela aquí.',
    'page.stepBundle': 'Elija el paquete',
    'page.bundleFile': 'bundle.json, o el informe PDF al que va adjunto',
    'page.drop': 'o suelte el archivo aquí',
    'page.stepFile': 'Compruebe el archivo de prueba',
    'page.optional': 'opcional',
    'page.evidenceFile': 'El propio archivo de prueba (p. ej., la imagen de disco)',
    'page.evidenceHelp':
      'Su SHA-256 se calcula aquí, por partes, y se compara con el resumen registrado. Los archivos grandes tardan un poco.',
    'page.hashing': 'Calculando el resumen del archivo de prueba',
    'page.verify': 'Verificar',
    'page.print': 'Imprimir',
    'page.proves': 'Qué prueba un paquete verificado y qué no',
    'page.provesText':
      'Prueba que el registro cuya clave fijó asentó, en este orden, estas entradas, firmadas por estos actores con claves válidas en ese momento, respetando las reglas de custodia; y, con una política de testigos, que los testigos vieron el mismo registro.',
    'page.notProvesText':
      'No prueba que el historial esté completo después del punto de control (puede haber hechos posteriores: pida un paquete nuevo), ni que lo que firmó un actor sea cierto en el mundo. Eso depende de los actores, los testigos y los tribunales.',
    'page.footer':
      'Formatos custos-bundle/v2 y v3, un paquete que abarca varios registros (v1 se lee, y falla la comprobación de completitud), especificado en docs/bundle.md. Esta página no hace ninguna petición de red; su política de seguridad lo prohíbe.',
    'page.chooseBundle': 'Elija un paquete para verificar.',
    'page.verifying': 'Verificando…',
    'page.reading': 'Leyendo {name}…',
    'page.verifiedStatus': 'Verificado: {name}',
    'page.failedStatus': 'Fallido: {name}',
    'page.computing': 'calculando SHA-256…',
    'page.unreadable': 'no se pudo leer: {reason}',
    'page.verified': 'VERIFICADO',
    'page.failed': 'FALLIDO',
    'page.verifiedLede':
      'Todas las comprobaciones se superaron{hasSubject, select, yes { para el elemento {subject}} other {}}: el registro cuya clave fijó asentó este historial, en este orden, firmado por actores cuyas claves eran válidas en ese momento y que respetaron las reglas de custodia{hasComplete, select, yes {; el historial está {complete}} other {}}.',
    'page.failedLede':
      '{n, plural, one {# comprobación falló} other {# comprobaciones fallaron}}. No confíe en este historial; los fallos se enumeran abajo y en Comprobaciones.',
    'page.keyNotes':
      '{n, plural, one {La entrada {entries} se firmó con una clave declarada después comprometida desde una fecha anterior a su asiento. El registro prueba que se asentó antes de esa declaración, así que se verifica; valórela con cautela (señalada en la cronología y en Comprobaciones).} other {Las entradas {entries} se firmaron con una clave declarada después comprometida desde una fecha anterior a su asiento. El registro prueba que se asentaron antes de esa declaración, así que se verifican; valórelas con cautela (señaladas en la cronología y en Comprobaciones).}}',
    'page.derivativesIncluded':
      '{included, select, yes {El paquete incluye los derivados del elemento: sus historiales se verificaron con el suyo.} other {El paquete no incluye los derivados del elemento: sus historiales no forman parte de esta verificación.}}',
    'page.more': 'y {n} más',
    'page.attachedTo': 'Paquete adjunto a {name}',
    'page.items': '{n, plural, one {Elemento de prueba} other {Elementos de prueba}}',
    'page.notVerified': '{title} (no verificado)',
    'page.custodianNow': 'Custodio actual',
    'page.registered': 'Registrado',
    'page.status': 'Situación',
    'page.derivatives': 'Derivados',
    'page.checkpointHelpResult': 'La cabeza de árbol firmada en la que se probó incluida cada entrada.',
    'page.log': 'Registro',
    'page.rootHash': 'Hash raíz',
    'page.witnesses': 'Testigos',
    'page.noneCosigned': 'ninguno cofirmó',
    'page.requests': 'Asistencia judicial mutua',
    'page.when': 'Cuándo (UTC)',
    'page.event': 'Hecho',
    'page.by': 'Por',
    'page.whatHappened': 'Qué ocurrió',
    'page.timeline': 'Cronología',
    'page.timelineWarning':
      'El paquete no superó la verificación: esto es lo que afirma, no lo que prueba el registro.',
    'page.timelineCaption': 'Hechos de custodia en el orden del registro',
    'page.location': 'Lugar: {location}',
    'page.sealLine': 'Precinto: {seal}',
    'page.itemLine': 'elemento {item}',
    'page.checks': 'Comprobaciones',
    'page.checksSummary':
      '{n, plural, one {# comprobación} other {# comprobaciones}}, {failed} fallidas. Los fallos indican la entrada por su índice en el registro.',
    'page.checksCaption': 'Todas las comprobaciones del verificador, en orden',
    'page.code': 'código: {code}',
    'page.statusPass': 'CORRECTO',
    'page.statusFail': 'FALLO',
    'page.statusWarn': 'AVISO',
    'page.statusInfo': 'INFO',
    'page.subjectTag': 'objeto del paquete',
    'page.needKey':
      'Fije primero la clave de verificación del registro: la que le dio el operador, no la copia del paquete.',
    'page.badThreshold':
      'El umbral de testigos debe ser un número entero de 1 a {max} (el número de claves de testigos indicadas).',
    'page.badTsaRoots': 'Las raíces de TSA deben ser certificados PEM (BEGIN CERTIFICATE).',
    'page.reviewed': 'Traducción revisada por {reviewer}.',
    'page.unreviewed':
      'Borrador de traducción automática, aún no revisado por un traductor jurídico cualificado.',
  },
};

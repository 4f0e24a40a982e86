/**
 * French. Machine-drafted from the English catalogue: a qualified legal translator must review
 * it before `reviewedBy` is set; until then every report says so.
 * @module
 */
import type { Catalogue } from './catalogue.ts';

export const FR: Catalogue = {
  language: 'fr',
  name: 'Français',
  direction: 'ltr',
  origin: 'machine-drafted',
  reviewedBy: null,
  messages: {
    'report.title': 'Rapport de chaîne de possession : élément {item}',
    'report.verified': 'VÉRIFIÉ',
    'report.notVerified': 'NON VÉRIFIÉ',
    'report.verifiedDetail':
      'Toutes les vérifications ont réussi avec la clé du journal épinglée : l’historique de possession ci-dessous est celui auquel le journal s’est engagé.',
    'report.notVerifiedDetail':
      'Au moins une vérification a échoué (voir « Vérification »). Les faits ci-dessous ne sont que ce qu’affirme le paquet : ne vous y fiez pas.',
    'report.compromised':
      'Les entrées {entries} ont été signées avec une clé déclarée ultérieurement compromise à compter d’une date antérieure à leur inscription : elles ont été inscrites avant cette déclaration et sont donc vérifiées, mais appréciez-les avec prudence (signalées ci-dessous).',
    'report.item': 'Élément',
    'report.generated': 'Rapport établi le',
    'report.bundleMade': 'Paquet constitué le',
    'report.exportedBy': 'Exporté par',
    'report.derivatives': 'Historiques des dérivés',
    'report.derivativesIncluded':
      '{included, select, yes {inclus, vérifiés avec celui de l’élément} other {non inclus}}',
    'report.bundleSha256': 'SHA-256 du paquet',
    'report.language': 'Langue',
    'report.unprintable':
      'Certains caractères n’ont pas de glyphe dans les polices de ce PDF ; chacun est affiché sous la forme [U+point de code] et le fichier joint bundle.json contient le texte exact : {codes}.',
    'report.seeBundle': '… [voir bundle.json]',
    'report.footer': 'Élément {item} · {verdict} · SHA-256 du paquet {sha256}',
    'report.page': 'Page {n} sur {of}',
    'report.reviewed': 'Traduction relue par {reviewer}. Le fichier joint bundle.json fait foi.',
    'report.unreviewed':
      'Traduction automatique provisoire, pas encore relue par un traducteur juridique qualifié. Le fichier joint bundle.json fait foi.',
    'report.generatedAt': 'rapport établi le {time}',
    'time.utc': '{time} UTC',
    'time.recorded': '{utc} (enregistré comme {local})',
    'time.logged': 'inscrit le {time}',
    'time.byTsa': 'TSA {name}',
    'time.byWitness': 'témoin {name}',
    'time.noLaterThan': 'au plus tard le {time}',
    'case.section': 'Affaire et demandes',
    'case.reference': 'Référence de l’affaire',
    'case.title': 'Intitulé',
    'case.organisation': 'Organisme',
    'case.state': 'État',
    'case.none': 'Le paquet ne mentionne aucune affaire.',
    'request.heading': 'Demandes entre États',
    'request.request': 'Demande',
    'request.type': 'Type',
    'request.fromTo': 'De → à',
    'request.parties':
      '{requestingAuthority} ({requestingState}) → {requestedAuthority} ({requestedState}, autorité désignée par l’entrée {designation})',
    'request.legalBasis': 'Base juridique',
    'request.status': 'Statut',
    'request.none': 'Aucune demande d’entraide ne concerne cet élément.',
    'item.none': 'Aucun enregistrement vérifié de l’élément (voir « Vérification »).',
    'item.the': 'L’élément : {id}',
    'item.related': 'Élément lié : {id}',
    'item.description': 'Description',
    'item.case': 'Affaire',
    'item.exhibit': 'Numéro de pièce à conviction',
    'item.size': 'Taille',
    'item.mediaType': 'Type de média',
    'item.origin': 'Origine',
    'item.originUnknown': 'non indiquée dans le paquet',
    'item.registered': 'Enregistré (journal)',
    'item.custodian': 'Détenteur (dernière inscription ici)',
    'item.status': 'Statut (dernière inscription ici)',
    'item.derivedFrom': 'Dérivé de',
    'item.relation': 'Relation',
    'item.sourceOf': 'source dont {id} a été copié',
    'item.originObtained': '{method}{hasLocation, select, yes { à {location}} other {}}',
    'item.originAuthorisation': 'en vertu de {type} {reference} délivré par {issuer}',
    'item.originRequest': 'en vertu de la demande {request}',
    'item.originCollected': 'recueilli par {person} le {time}',
    'item.originCopy': 'copie de {item} ({method}) réalisée avec {tool} par {person} le {time}',
    'item.preservation': 'Conservation',
    'item.preservationValue':
      'ordonnance {order}{hasBasis, select, yes {, en vertu de {basis}} other {}}, du {since} au {until} : {hasForce, select, yes {en vigueur} other {EXPIRÉE}} au {asOf} (dernière entrée du paquet)',
    'item.legalHold': 'Gel légal',
    'item.legalHoldValue': '{reference}, posé sur {on}, en vigueur au point de contrôle du paquet',
    'item.retention': 'Durée de conservation',
    'item.retentionValue':
      '{hasCategory, select, yes {catégorie {category} ({basis}), conservé jusqu’au {until} ; } other {}}{hasLimit, select, yes {conservé au plus tard jusqu’au {limit} (conditions fixées par {state}) ; } other {}}{isDue, select, yes {À RÉEXAMINER depuis le {reviewAt}} other {à réexaminer le {reviewAt}}} au {asOf} (dernière entrée du paquet){hasOverride, select, yes { ; destruction anticipée ordonnée ({reference})} other {}}',
    'size.bytes': '{n, plural, one {# octet} other {# octets}}',
    'custody.section': 'Historique de possession',
    'custody.intro':
      'Une ligne par événement, dans l’ordre où le journal les a inscrits. « # » est la position de l’entrée dans le journal, citée par la section de vérification ; les heures sont en UTC, avec à côté le décalage enregistré par l’acteur.',
    'custody.when': 'Quand (survenu ; inscrit)',
    'custody.who': 'Qui',
    'custody.what': 'Quoi',
    'custody.where': 'Où',
    'custody.seal': 'Scellé',
    'custody.digest': 'Empreinte',
    'custody.none': 'Le paquet ne contient aucun événement de possession pour cet élément.',
    'custody.inLog': 'dans le registre {origin}',
    'custody.crossedOut':
      'FRONTIÈRE : la garde est passée de ce registre au registre {origin}, qui l’a importée par son entrée {index}',
    'custody.crossedIn':
      'FRONTIÈRE : la garde est arrivée dans ce registre depuis le registre {origin}, qui l’a divulguée par son entrée {index}',
    'custody.match': 'concordante',
    'custody.mismatch': 'DISCORDANTE',
    'derivatives.section': 'Chaîne des éléments dérivés',
    'derivatives.intro':
      'Chaque flèche mène d’un élément aux copies qui en ont été faites, telles que le journal les a inscrites.',
    'derivatives.none': 'Aucun élément dérivé : rien dans ce paquet n’a été copié depuis ou vers l’élément.',
    'verification.section': 'Vérification',
    'verification.noCheckpoint':
      'Aucun point de contrôle n’a pu être vérifié avec la clé du journal épinglée.',
    'verification.intro':
      'Le paquet a été vérifié par rapport à ce point de contrôle signé du journal, ouvert avec la clé de vérification du journal épinglée par l’auteur de ce rapport :',
    'verification.origin': 'Origine du point de contrôle',
    'verification.treeSize': 'Taille de l’arbre',
    'verification.entries': '{n, plural, one {# entrée} other {# entrées}}',
    'verification.rootHash': 'Empreinte racine (base64)',
    'verification.keyId': 'Identifiant de la clé du journal',
    'verification.witnesses': 'Témoins ayant cosigné',
    'verification.noWitnesses': 'non vérifié (aucune politique de témoins fournie)',
    'verification.result': 'Résultat',
    'verification.check': 'Vérification',
    'verification.entry': 'Entrée',
    'verification.detail': 'Détail',
    'verification.noChecks': 'Aucune vérification n’a été faite.',
    'status.pass': 'RÉUSSI',
    'status.fail': 'ÉCHEC',
    'status.warn': 'AVERTISSEMENT',
    'status.info': 'NOTE',
    'check.format': 'Format',
    'check.log-key': 'Clé du journal',
    'check.checkpoint': 'Point de contrôle',
    'check.witnesses': 'Témoins',
    'check.post-quantum': 'Signature post-quantique',
    'check.time': 'Horodatage',
    'check.rollback': 'Retour en arrière',
    'check.entries': 'Entrées',
    'check.inclusion': 'Inclusion',
    'check.signatures': 'Signatures',
    'check.genesis': 'Genèse',
    'check.rules': 'Règles de possession',
    'check.chain': 'Chaîne',
    'check.revocations': 'Révocations',
    'check.digests': 'Empreintes',
    'check.derivatives': 'Éléments dérivés',
    'check.subject': 'Objet',
    'check.file': 'Fichier de preuve',
    'check.attachment': 'Pièce jointe PDF',
    'check.log-origin': 'Origine du journal',
    'check.pages': 'Pages imprimées',
    'check.signature': 'Signature de l’exportateur',
    'check.report-signature': 'Signature du rapport',
    'check.completeness': 'Exhaustivité',
    'check.border': 'Frontière',
    'check.parts': 'Parts des autres registres',
    'check.detailInEnglish': 'Détail du vérificateur, en anglais :',
    'bundle.section': 'Le paquet',
    'bundle.intro':
      'Le paquet judiciaire (format custos-bundle, docs/bundle.md) est l’ensemble des données signées à partir desquelles ce rapport a été établi. La version PDF de ce rapport le contient en pièce jointe, bundle.json.',
    'bundle.sha256': 'SHA-256',
    'bundle.entries': 'Entrées',
    'bundle.origin': 'Origine du journal',
    'bundle.key': 'Clé du journal dans le paquet',
    'guide.section': 'Comment vérifier ce rapport de manière indépendante',
    'guide.intro':
      'Ce que ce rapport imprime peut être vérifié plutôt que cru sur parole. Les données signées à partir desquelles il a été établi sont jointes au PDF sous le nom bundle.json ; le vérificateur contrôle ces données, puis redessine ces pages à partir d’elles et les compare au fichier, sans faire confiance au serveur Custos ni à son personnel.',
    'guide.step1':
      'Obtenez la clé de vérification du journal par un autre canal : auprès de l’exploitant du journal par courrier, par téléphone (en faisant lire son identifiant) ou par l’intermédiaire d’un greffe. Ne la prenez jamais dans ce rapport ni dans le paquet — leurs copies sont seulement comparées avec elle.',
    'guide.step1Key': 'La clé avec laquelle ce rapport a été vérifié a pour identifiant {keyId}.',
    'guide.step2':
      'Lancez le vérificateur Custos sur le PDF en lui donnant cette clé (commande ci-dessous) ; il n’a pas besoin du réseau. Il extrait le fichier joint bundle.json, vérifie que son SHA-256 est celui imprimé dans ce rapport, vérifie chaque signature, chaque preuve d’inclusion et chaque règle de possession, puis exige que chaque page du fichier soit exactement ce que cet historique vérifié produit : une page modifiée, ajoutée ou retirée est signalée par son numéro.',
    'guide.step3':
      'Ou ouvrez la page /verify d’un serveur Custos dans un navigateur, choisissez ce PDF et saisissez la même clé. Elle fait les mêmes vérifications ; pour vérifier les pages, elle charge les polices du rapport depuis ce serveur, de sorte qu’une copie enregistrée de la page ouverte hors ligne vérifie l’historique et indique que les pages n’ont PAS été vérifiées.',
    'guide.step4':
      'Si vous détenez le fichier de preuve lui-même, son SHA-256 (par exemple calculé avec sha256sum) doit être égal au SHA-256 enregistré imprimé dans ce rapport.',
    'guide.proves': 'Ce que prouve un résultat vérifié',
    'guide.provesText':
      'Que le journal dont vous avez épinglé la clé s’est engagé, dans cet ordre, sur les entrées présentées, signées par les acteurs nommés avec des clés valides à ce moment, dans le respect des règles de possession ; et, lorsque des témoins ont cosigné, qu’ils ont vu le même journal.',
    'guide.notProves': 'Ce qu’il ne prouve pas',
    'guide.notProves1':
      'Que l’historique est complet après le point de contrôle : des événements ultérieurs peuvent exister — demandez un paquet récent.',
    'guide.notProves2': 'Qu’aucun acteur extérieur au paquet ne détenait une clé identique.',
    'guide.notProves3':
      'Que ce qu’un acteur a signé est vrai dans les faits. Cela repose sur les acteurs, les témoins et les juridictions.',
    'event.registered':
      'enregistré : {description} ; obtenu par {method}{hasLocation, select, yes { à {location}} other {}} ; recueilli par {collector}',
    'event.sealed': 'placé sous scellé {seal}',
    'event.unsealed': 'scellé {seal} brisé : {reason}',
    'event.handedOver': 'remis à {to} pour {purpose}{hasChannel, select, yes { par {channel}} other {}}',
    'event.handoverCancelled': 'remise annulée : {reason}',
    'event.received':
      'reçu ; SHA-256 recontrôlé : {hasMatch, select, yes {concorde avec} other {NE CONCORDE PAS avec}} l’empreinte enregistrée{hasCondition, select, yes { ; {condition}} other {}}',
    'event.examined':
      'examiné pour {purpose} avec {tool}{hasFindings, select, yes { ; constatations : {findings}} other {}}',
    'event.copied': 'copié vers l’élément dérivé {derivative} ({description}) avec {tool}',
    'event.created': 'créé comme copie de {item} avec {tool} ({method})',
    'event.verified':
      'empreinte recalculée : {hasMatch, select, yes {concorde avec} other {NE CONCORDE PAS avec}} l’empreinte enregistrée',
    'event.preserved':
      'conservé en vertu de l’ordonnance {order} jusqu’au {until}{hasRequest, select, yes { (demande {request})} other {}}',
    'event.preservationExtended': 'conservation prolongée jusqu’au {until}',
    'event.preservationReleased': 'conservation levée : {reason}',
    'event.disclosed':
      'communiqué à {to} en vertu de la demande {request} : {scope}{hasConditions, select, yes { ; conditions : {conditions}} other {}}{hasConditionsOnUse, select, yes { ; conditions d’utilisation : {conditionsOnUse}} other {}}',
    'event.disclosedToAuthority':
      'communiqué à {authority} ({state}, autorité désignée par l’entrée {designation}) en vertu de la demande {request} : {scope}{hasConditions, select, yes { ; conditions : {conditions}} other {}}{hasConditionsOnUse, select, yes { ; conditions d’utilisation : {conditionsOnUse}} other {}}',
    'event.imported':
      'importé du registre {origin}, où l’entrée {index} a communiqué l’élément {item} : {description}',
    'event.transferReceipt':
      'accusé de réception de la communication {disclosure} : importé dans le registre {origin} comme entrée {index}',
    'event.holdPlaced': 'gel légal {reference} posé : {reason}',
    'event.holdLifted': 'gel légal levé ({reference}) : {reason}',
    'event.retentionSet': 'classé dans la catégorie de conservation {category} : {reason}',
    'event.retentionOverridden':
      'destruction ou restitution anticipée ordonnée avant la fin de la conservation ({reference}) : {reason}',
    'event.useConsented':
      'consentement de l’État qui a fourni l’élément à {hasOnward, select, yes {la transmission à {to}} other {{hasPurpose, select, yes {l’utilisation pour {purpose}} other {l’utilisation comme preuve devant une juridiction}}}} : {reason}',
    'event.useConsentedToAuthority':
      'consentement de l’État qui a fourni l’élément à la transmission à {authority} ({state}, autorité désignée par l’entrée {designation}) : {reason}',
    'event.returned': 'restitué à {to} : {reason}',
    'event.destroyed':
      'détruit par {method} ({authorisation}){hasWitness, select, yes {, en présence de {witness}} other {}}',
    'event.annotated':
      'annotation : {text}{hasCorrects, select, yes { (corrige une entrée antérieure)} other {}}',
    'keyNote.compromised':
      'Signé avec une clé déclarée ultérieurement compromise à compter du {from}, déclaration de {by} le {at} (entrée {entry}).',
    'keyNote.issued':
      'Signé avec une clé que l’administrateur {by} a délivrée au nom de {actor} le {at} (entrée {entry}).',
    'origin.seizure': 'saisie',
    'origin.production-order': 'injonction de production',
    'origin.preservation': 'conservation',
    'origin.voluntary-disclosure': 'remise volontaire',
    'origin.foreign-authority': 'transmission par une autorité étrangère',
    'origin.derived': 'dérivation d’un autre élément',
    'itemStatus.active': 'en cours',
    'itemStatus.returned': 'restitué',
    'itemStatus.destroyed': 'détruit',
    'requestType.mutual-legal-assistance': 'entraide judiciaire',
    'requestType.preservation-stored-data': 'conservation rapide de données stockées',
    'requestType.preservation-traffic-data': 'conservation rapide de données relatives au trafic',
    'requestType.production': 'injonction de production',
    'requestType.network-24-7': 'demande par le réseau 24/7',
    'requestType.spontaneous-information': 'information spontanée',
    'requestStatus.recorded': 'enregistrée',
    'requestStatus.received': 'reçue',
    'requestStatus.accepted': 'acceptée',
    'requestStatus.executed': 'exécutée',
    'requestStatus.partially-executed': 'partiellement exécutée',
    'requestStatus.refused': 'refusée',
    'requestStatus.withdrawn': 'retirée',
    'eventType.registered': 'enregistrement',
    'eventType.created': 'création par copie',
    'eventType.sealed': 'mise sous scellé',
    'eventType.unsealed': 'bris de scellé',
    'eventType.handed-over': 'remise',
    'eventType.handover-cancelled': 'remise annulée',
    'eventType.received': 'réception',
    'eventType.examined': 'examen',
    'eventType.copied': 'copie',
    'eventType.verified': 'nouveau calcul d’empreinte',
    'eventType.preserved': 'conservation',
    'eventType.preservation-extended': 'conservation prolongée',
    'eventType.preservation-released': 'conservation levée',
    'eventType.disclosed': 'communication',
    'eventType.returned': 'restitution',
    'eventType.destroyed': 'destruction',
    'eventType.annotated': 'annotation',
    'eventType.use-consented': 'consentement à l’utilisation',
    'eventType.hold-placed': 'gel légal posé',
    'eventType.hold-lifted': 'gel légal levé',
    'eventType.imported': 'importé d’un autre registre',
    'eventType.transfer-receipt': 'accusé de réception du registre destinataire',
    'subjectKind.actor': 'l’acteur',
    'subjectKind.case': 'l’affaire',
    'subjectKind.request': 'la demande',
    'subjectKind.item': 'l’élément',
    'subjectKind.designations': 'les désignations',
    'subjectKind.retention': 'la catégorie de conservation',
    'subjectKind.derivatives': 'l’ensemble des éléments dérivés de l’élément',
    'eventType.retention-set': 'catégorie de conservation fixée',
    'eventType.retention-overridden': 'dérogation à la durée de conservation',
    'revocationReason.compromised': 'compromise',
    'revocationReason.lost': 'perdue',
    'revocationReason.superseded': 'remplacée',
    'revocationReason.left-organisation': 'départ de l’organisation',
    'revocationReason.other': 'autre motif',
    'item.holdOnItem': 'l’élément {id}',
    'item.holdOnCase': 'l’affaire {id}',
    'conditions.onUse':
      'finalités autorisées : {purposes} ; transmission ultérieure : {hasOnwardPermitted, select, yes {autorisée} other {uniquement avec le consentement de l’État qui a fourni les données}} ; utilisation comme preuve : {hasEvidencePermitted, select, yes {autorisée} other {uniquement avec le consentement de l’État qui a fourni les données}}{hasRetainUntil, select, yes { ; conservation au plus tard jusqu’au {retainUntil}} other {}}{hasDataProtection, select, yes { ; protection des données : {dataProtection}} other {}}',
    'detail.notBundle': 'pas un custos-bundle (v1 ou v2) : {path} {problem}',
    'detail.format': '{format} pour l’élément {item}, établi le {createdAt}',
    'detail.jsonRefused': '{name} est refusé : {reason}',
    'detail.jsonInvalid': '{name} : {reason}',
    'detail.theBundle': 'le paquet',
    'detail.fileNoItems': 'aucun élément vérifié auquel comparer {file}',
    'detail.fileMatches': '{file} a le SHA-256 enregistré de l’élément {item}',
    'detail.fileMismatch':
      '{file} a le SHA-256 {sha256}, enregistré pour aucun des {n} {n, plural, one {élément} other {éléments}} du paquet ({items}) : ce n’est pas cette preuve, ou elle a été modifiée',
    'detail.logKeyInvalid': 'la clé du journal épinglée n’est pas une clé de vérification valide : {reason}',
    'detail.witnessKeyInvalid':
      'la clé de témoin {key} n’est pas une clé de vérification de cosignature : {reason}',
    'detail.checkpointInvalid':
      'le point de contrôle ne se vérifie pas avec la clé du journal épinglée : {reason}',
    'detail.checkpoint':
      'point de contrôle de {origin} à la taille d’arbre {size}, racine {root}, signé par la clé du journal épinglée',
    'detail.witnesses':
      '{n} des {threshold} témoins requis ont cosigné{hasCosigners, select, yes { ({cosigners})} other {}}{hasMissing, select, yes { ; manquants : {missing}} other {}}',
    'detail.witnessesNoPolicy':
      '{hasCosigners, select, yes {cosigné par {cosigners} (aucune politique de témoins fournie)} other {aucune politique de témoins fournie}}',
    'detail.logKeyNamed': 'le paquet nomme la clé du journal épinglée {name} (ID de clé {keyId})',
    'detail.logOriginNamed': 'le paquet nomme l’origine du journal {name}, celle de la clé épinglée',
    'detail.logMemberDiffers': 'le paquet indique log.{member} {value}, et non {pinned} qui est épinglé',
    'detail.logMemberUnpinned':
      'log.{member} du paquet ne correspond à rien que le vérificateur épingle : il ne peut être vérifié',
    'detail.pqKeyInvalid': 'la clé ML-DSA-44 épinglée est inutilisable : {reason}',
    'detail.pqSigned': 'le point de contrôle porte aussi une signature ML-DSA-44 valide de la clé épinglée',
    'detail.pqRequired':
      'la politique exige une signature ML-DSA-44 de la clé épinglée, et le point de contrôle n’en a aucune',
    'detail.pqMissing': 'le point de contrôle ne porte aucune signature ML-DSA-44 de la clé épinglée',
    'detail.seenInvalid': 'le point de contrôle que vous aviez vu ne se vérifie pas : {reason}',
    'detail.seenSame': 'le même arbre que le point de contrôle que vous aviez vu (taille {size})',
    'detail.forked':
      'deux racines différentes pour la taille d’arbre {size} : le journal a bifurqué ; conservez les deux points de contrôle comme preuve',
    'detail.seenEmpty':
      'le point de contrôle que vous aviez vu est celui de l’arbre vide : tout arbre ultérieur lui est cohérent',
    'detail.consistencyUnproven':
      'le point de contrôle du paquet (taille {size}) est {hasNewer, select, yes {plus récent} other {plus ancien}} que celui que vous aviez vu (taille {seen}) ; hors ligne, cela ne prouve rien : vérifiez avec --online pour que le journal prouve qu’il s’agit d’un seul historique',
    'detail.consistent':
      'cohérence prouvée avec le point de contrôle que vous aviez vu (taille {seen}) : l’arbre du journal de taille {older} est un préfixe de son arbre de taille {newer} (RFC 9162)',
    'detail.inconsistent':
      'la preuve de cohérence du journal de la taille {older} à {newer} ne tient pas : le point de contrôle du paquet et celui que vous aviez vu ne forment pas un seul historique ; conservez les deux comme preuve',
    'detail.entryMalformed': 'une entrée est mal formée : {reason}',
    'detail.outOfOrder':
      'l’entrée {entry} suit l’entrée {previous} : les entrées doivent être dans l’ordre du journal, chacune une fois',
    'detail.beyondCheckpoint':
      'l’entrée {entry} n’est pas prouvée dans le journal : son index dépasse la taille {size} du point de contrôle (point de contrôle revenu en arrière ?)',
    'detail.proofMismatch':
      'l’entrée {entry} n’est pas prouvée dans le journal : sa preuve d’inclusion ne mène pas à la racine du point de contrôle (entrée ou preuve modifiée)',
    'detail.entries':
      '{n} entrées sur {total} sont en JCS canonique, bien formées et dans l’ordre du journal',
    'detail.inclusion': 'inclusion de {n} entrées sur {total} prouvée dans le point de contrôle (RFC 9162)',
    'detail.inclusionNoCheckpoint': 'l’inclusion ne peut être vérifiée sans point de contrôle vérifié',
    'detail.genesis': 'la chaîne de confiance part de l’entrée 0, l’administrateur initial {actor}',
    'detail.noGenesis':
      'le paquet ne commence pas par l’administrateur initial (entrée 0) : les signataires ne peuvent être rattachés à la configuration du journal',
    'detail.notAsLogged':
      'l’entrée {entry} n’est pas ce que le journal aurait écrit (son heure n’est pas au format du journal)',
    'detail.chainGap':
      'l’entrée {entry} ne suit pas l’entrée précédente de son sujet dans ce paquet : une entrée manque ou l’ordre est rompu',
    'detail.ruleBroken': 'l’entrée {entry} enfreint la règle {code} : {reason}',
    'detail.chainBroken': 'la chaîne des entrées est rompue (voir ci-dessus)',
    'detail.chain': 'chaque événement désigne l’entrée précédente de son sujet : ni lacune, ni inversion',
    'detail.rulesNoVersion':
      '{n} entrées sur {total} proviennent d’un journal qui n’a annoncé aucune version des règles : elles ont été rejouées selon la version 1, les règles sous lesquelles elles ont été enregistrées',
    'detail.rulesOlderVersion':
      '{n} entrées sur {total} ont été enregistrées avant l’entrée {from}, à partir de laquelle le journal applique la version {version} des règles : chacune a été rejouée selon la version en vigueur pour elle',
    'detail.rulesMoved':
      'le journal a changé la version des règles applicable à des entrées que couvrait déjà un point de contrôle que vous avez vu ({reason})',
    'detail.rulesLineInvalid': 'la ligne des règles du point de contrôle est illisible : {reason}',
    'detail.rules':
      '{n} entrées sur {total} respectent les règles de possession une fois rejouées (les mêmes règles que le serveur)',
    'detail.signatureBad': 'entrée {entry} : la signature de {actor} ne se vérifie pas sur son contenu',
    'detail.signatures': '{n} signatures d’entrées sur {total} se vérifient (Ed25519, RFC 8032 strict)',
    'detail.subject': 'l’élément {item} est enregistré dans le paquet : {description}',
    'detail.noSubject': 'le paquet ne contient pas l’enregistrement de l’élément {item}',
    'detail.digestMismatch':
      'entrée {entry} : {actor} a consigné que l’élément {item} ne correspondait PAS à son SHA-256 enregistré ({type})',
    'detail.digests':
      'nouvelles vérifications d’empreinte conformes aux empreintes enregistrées : {n}{hasMismatches, select, yes { ; non-concordances consignées : {mismatches} (voir ci-dessus)} other {}}{hasIgnored, select, yes { ; dans des entrées non prouvées ou non signées, non comptées : {ignored}} other {}}',
    'detail.orphan': 'l’élément {item} se dit dérivé de {parent}, dont l’historique n’est pas dans le paquet',
    'detail.derivatives': 'éléments dérivés : {n}, chacun créé à partir de son parent par son détenteur',
    'detail.noDerivatives': 'aucun élément dérivé',
    'detail.compromisedLater':
      'l’entrée {entry} a été signée par {actor} avec une clé déclarée plus tard compromise à compter du {from}, déclaration de {by} le {at} (entrée {declaration}, {reason}{hasNote, select, yes { : {note}} other {}}) ; le journal prouve que l’entrée a été consignée avant cette déclaration',
    'detail.issuedByAdministrator':
      'l’entrée {entry} a été signée par {actor} avec une clé que l’administrateur {by} a émise pour son compte le {at} (entrée {since}) : {by} a pu la détenir',
    'detail.compromisedSummary':
      '{n} {n, plural, one {entrée a été signée} other {entrées ont été signées}} avec une clé déclarée plus tard compromise à compter d’un moment antérieur à leur consignation (voir ci-dessus) ; chacune a été consignée avant la déclaration et se vérifie donc, mais doit être appréciée avec prudence',
    'detail.revocations':
      'aucune entrée n’est signée avec une clé révoquée avant sa consignation, ni déclarée compromise à compter d’un moment antérieur à sa consignation',
    'detail.noCompleteness':
      'ce paquet {format} ne porte aucune preuve d’exhaustivité : il montre que ses entrées sont dans le journal, pas que l’historique de l’élément {item} est complet (demandez un nouvel export)',
    'detail.mapLineMalformed':
      'la ligne de carte des historiques du point de contrôle est mal formée : {reason}',
    'detail.noMap':
      'le point de contrôle (taille {size}) ne s’engage sur aucune carte des historiques : l’historique de l’élément {item} ne peut être montré complet',
    'detail.incompleteNoProof':
      'l’historique de {kind} {id} n’est pas montré complet : le paquet n’a pas de preuve d’exhaustivité pour lui',
    'detail.incompleteBadProof':
      'l’historique de {kind} {id} n’est pas montré complet : sa preuve de carte des historiques ne correspond pas au point de contrôle ({reason})',
    'detail.incompleteNoHistory':
      'l’historique de {kind} {id} n’est pas montré complet : le journal prouve qu’il n’a aucun historique à la date du point de contrôle',
    'detail.incompleteCount':
      'l’historique de {kind} {id} n’est pas montré complet : le journal en détient {count}, la dernière n° {latest} ; le paquet en a {held}, la dernière n° {last}',
    'detail.incompleteLatest':
      'l’historique de {kind} {id} n’est pas montré complet : la dernière entrée du journal n° {latest} n’est pas l’entrée n° {last} du paquet',
    'detail.incompleteWithheld':
      'l’historique de {kind} {id} n’est pas montré complet : le paquet en contient des entrées mais le déclare retenu',
    'detail.derivativeWithheld':
      'l’historique de l’élément dérivé {id} n’est pas dans ce paquet ni montré complet : son exportateur ne peut pas le lire (demandez à son détenteur son propre paquet)',
    'detail.incompleteNoneNoProof':
      'l’historique de {kind} {id} n’est pas montré complet : c’est un élément dérivé dont le paquet ne contient rien, et le paquet n’a pas de preuve d’exhaustivité pour lui',
    'detail.incompleteNoneHeld':
      'l’historique de {kind} {id} n’est pas montré complet : c’est un élément dérivé dont le paquet ne contient rien ; le journal en détient {count}, la dernière n° {latest}',
    'detail.derivativesWithheld':
      'les éléments enregistrés comme dérivés de l’élément {id} ne sont pas tous dans ce paquet : son exportateur ne peut pas en lire certains, qui ne sont donc pas montrés complets (demandez à leur détenteur leur propre paquet)',
    'detail.derivativesCountedFrom':
      'le journal compte les éléments enregistrés comme dérivés d’un élément à partir de l’entrée {from} (version 3 des règles) : un tel élément enregistré avant l’entrée {from} et retiré entièrement de ce paquet passerait inaperçu',
    'detail.derivativesNoProof':
      'les dérivés de l’élément {id} ne sont pas montrés complets : le paquet ne prouve pas combien d’éléments le journal a enregistrés comme dérivés de lui',
    'detail.derivativesNoneInLog':
      'les dérivés de l’élément {id} ne sont pas montrés complets : le paquet contient {held} enregistrements d’éléments dérivés de lui depuis l’entrée {from}, et le journal prouve n’en détenir aucun',
    'detail.derivativeMissing':
      'un dérivé de l’élément {id} manque : le journal a enregistré un élément dérivé de lui à l’entrée {latest}, que le paquet ne contient pas (le journal détient {count} tels enregistrements depuis l’entrée {from}, le paquet {held})',
    'detail.derivativesMissing':
      'des dérivés de l’élément {id} manquent : le journal détient {count} enregistrements d’éléments dérivés de lui depuis l’entrée {from}, le paquet {held}',
    'detail.pdfUnreadable':
      'le fichier ne peut être lu comme un PDF ({reason}) : ses pages ne peuvent être vérifiées',
    'detail.noRenderRecord':
      'le PDF ne dit pas comment ses pages ont été produites (pas d’enregistrement de rendu custos complet dans ses métadonnées XMP) : elles ne peuvent être produites à nouveau et comparées',
    'detail.pagesMatch':
      'chaque page est exactement ce que donne l’historique vérifié : produire à nouveau le rapport à partir du paquet vérifié ({renderer}, {languages}) donne {hasSignature, select, yes {la révision signée de ce fichier octet pour octet, et le fichier ne contient rien d’autre que la signature de l’autorité qui l’a exporté (ni révision ultérieure, ni annotation, ni champ de formulaire, ni page supplémentaire)} other {ce fichier octet pour octet : le fichier ne contient donc rien d’autre (ni révision ultérieure, ni annotation, ni champ de formulaire, ni page supplémentaire)}}',
    'detail.pagesDiffer':
      'les pages ne sont PAS ce que donne l’historique vérifié : {findings}{hasMore, select, yes { ; et {more} autres différences} other {}}',
    'detail.pagesNotChecked': 'les pages imprimées n’ont PAS été vérifiées : {why}',
    'detail.historyUnverified': 'l’historique auquel elles seraient comparées ne se vérifie pas',
    'detail.attachmentUndeclared':
      'le PDF ne déclare pas le SHA-256 de son paquet (pas de Subject « {prefix} ») : le fichier joint {file} (SHA-256 {sha256}) ne peut être rattaché au rapport imprimé',
    'detail.attachmentMatches':
      'le fichier joint {file} a le SHA-256 que le rapport déclare et imprime : {sha256}',
    'detail.attachmentReplaced':
      'le fichier joint {file} a le SHA-256 {sha256}, et non {declared} que le rapport déclare et imprime : la pièce jointe a été remplacée ou modifiée après l’établissement du rapport',
    'detail.completeAsOf': 'complet au point de contrôle {root}… (taille {size})',
    'detail.complete':
      'les historiques de {n} sujets sont {complete} : la carte du journal contient la dernière entrée du paquet pour chacun, et autant d’entrées : {named}{hasMore, select, yes {, et {more} autres} other {}}',
    'detail.borderProven':
      'l’entrée {index} porte l’entrée {other} du registre {origin}, prouvée dans son point de contrôle de taille {size} avec la clé épinglée pour ce registre',
    'detail.borderNotPinned':
      'l’entrée {index} porte l’entrée {other} du registre {origin}, qui n’est pas épinglé ici : cette partie n’a PAS été vérifiée (épinglez la clé de ce registre pour la vérifier)',
    'detail.borderFailed':
      'l’entrée {index} porte l’entrée {other} du registre {origin}, et sa preuve échoue avec la clé et la politique de témoins épinglées pour ce registre : {reason}',
    'detail.partsMissing':
      'un paquet {format} porte les parts d’autres registres, mais celui-ci n’en porte aucune',
    'detail.partsNotMultiLog':
      'un paquet {format} ne peut pas porter les parts d’autres registres : seul custos-bundle/v3 le peut',
    'detail.partAbsent':
      'l’entrée {index} importe l’entrée {other} du registre {origin}, mais le paquet ne porte pas la part de ce registre : l’historique y est absent',
    'detail.partUnclaimed':
      'la part {n} (le registre {origin}, son entrée {other}) n’est la divulgation nommée par aucun import de ce paquet',
    'detail.partNotPinned':
      'la part du registre {origin} (son historique jusqu’à son entrée {other}, importé par l’entrée {index}) n’a PAS été vérifiée : aucune clé n’est épinglée ici pour ce registre. Pour la vérifier, épinglez la clé de ce registre : custos trust add, ou « Autres registres » sur la page /verify',
    'detail.partFailed':
      'la part du registre {origin} importée par l’entrée {index} ne se vérifie pas avec la clé et la politique de témoins épinglées pour ce registre : {reason}',
    'detail.partBundleFailed':
      'la part du registre {origin} importée par l’entrée {index} ne se vérifie pas avec la clé épinglée pour ce registre : son paquet ne se vérifie pas : {failures}',
    'detail.partCheckFailed':
      '{check} : {reason}{hasNext, select, yes { ; {next}} other {}}{hasMore, select, yes { ; {more, plural, one {# autre échec} other {# autres échecs}}} other {}}',
    'detail.partMismatch':
      'l’entrée {index} importe l’entrée {other} du registre {origin} avec l’empreinte de feuille {named}, mais la part de ce registre dans le paquet divulgue une entrée d’empreinte {leafHash}',
    'detail.partVerified':
      'l’entrée {index} importe l’élément {item} du registre {origin} : la part de ce registre se vérifie avec la clé épinglée pour lui, et son entrée {other} est la divulgation que nomme l’import. Elle n’est complète qu’à la date du point de contrôle {root}… (taille {size}) de ce registre, établi lors de la divulgation : les événements ultérieurs dans ce registre ne sont pas couverts',
    'reason.unreadable': 'elle est illisible',
    'reason.badSignature': 'la signature de {name} sur le point de contrôle ne se vérifie pas',
    'reason.notSignedByPinnedKey':
      'le point de contrôle n’est pas signé par la clé épinglée pour ce registre',
    'reason.otherOrigin':
      'le point de contrôle est celui du registre {origin}, non du registre épinglé {pinned}',
    'reason.proofFails': 'sa preuve d’inclusion ou de cohérence ne mène pas à la racine du point de contrôle',
    'reason.malformed': 'sa preuve ou son point de contrôle est mal formé (code {code})',
    'reason.failedWithCode': 'elle échoue avec le code {code}',
    'reason.witnessQuorum':
      '{n} des {threshold} témoins de confiance requis ont cosigné le point de contrôle{hasCosigners, select, yes { ({cosigners})} other {}}{hasMissing, select, yes { ; n’ont pas cosigné : {missing}} other {}}',
    'reason.proofWithoutEntry':
      'la tlog-proof ne porte aucune entrée et aucune n’a été fournie : rien n’est prouvé inclus',
    'reason.packageMalformed':
      '{what, select, format {le format du paquet de transfert n’est pas {format}} members {le paquet de transfert a des membres que le format ne définit pas : {members}} disclosure {la communication du paquet de transfert n’est pas exactement un index et une tlog-proof} bundle {le paquet de transfert ne porte aucun dossier judiciaire avec des entrées} other {la preuve de cohérence du paquet de transfert n’est pas une liste d’empreintes base64}}',
    'reason.notADisclosure': 'l’entrée {index} de son dossier n’est pas une communication',
    'reason.proofOfOtherEntry':
      'sa tlog-proof prouve l’entrée {proven}, non la communication, l’entrée {named}',
    'reason.foreignEntryMismatch':
      'la tlog-proof prouve l’entrée {proven} (empreinte de feuille {provenLeaf}) du registre {provenOrigin}, non l’entrée {index} (empreinte de feuille {leafHash}) du registre {origin}',
    'detail.tsaUnchecked':
      'une politique TSA a été fournie mais les jetons n’ont pas été vérifiés (utilisez verifyBundleWithTime)',
    'detail.tokenFailed': 'horodatage {n} sur le point de contrôle {size} : {reason}',
    'detail.timeContradiction':
      'l’entrée {entry} dit avoir été consignée le {at}, mais le point de contrôle {size}, qui la contient, existait dès le {bound} ({source})',
    'detail.anchorInvalid':
      'ancre temporelle {n} : son point de contrôle ne se vérifie pas avec la clé du journal épinglée : {reason}',
    'detail.anchorInconsistent':
      'l’ancre temporelle {n} (point de contrôle {size}) n’est pas cohérente avec le point de contrôle {bundleSize} du paquet',
    'detail.reportNotSigned':
      'le rapport n’est pas signé par l’autorité qui l’a exporté (aucune signature PAdES) : qui l’a exporté n’est pas prouvé ; ses pages sont néanmoins vérifiées par rapport à l’historique vérifié',
    'detail.reportSigned':
      'signé avec le certificat {key} de SHA-256 {sha256} (sujet « {subject} », émis par « {issuer} », valide du {notBefore} au {notAfter}) {whichTime, select, own {le {at} selon l’horloge du signataire} checked {le {at}, horodaté par {tsa} le {genTime} (vérifié avec la racine TSA épinglée {root})} other {le {at}, horodaté par {tsa} le {genTime} (NON vérifié : aucune racine TSA n’est épinglée)}}, {level} : la signature couvre tout le fichier sauf sa propre valeur, et rien ne la suit. Aucune autorité de certification n’est vérifiée ici : le détenteur de la clé de ce certificat a signé ; comparez le SHA-256 du certificat avec celui que publie l’autorité exportatrice',
    'detail.reportSignatureInvalid': 'la signature du rapport N’EST PAS valide : {reason}',
    'detail.reportSignatureAppended':
      'la signature du rapport N’EST PAS valide : {n} octets ont été ajoutés après la fin de la plage signée (une mise à jour incrémentale après la signature), et un lecteur les affiche',
    'detail.reportSignatureRevision':
      'la signature du rapport N’EST PAS valide : la révision de la signature contient plus que le champ de signature qu’écrit Custos (un autre objet, une page ou une annotation y a été ajouté)',
    'detail.tsaCovered':
      'chaque entrée est dans un point de contrôle horodaté par {k} {k, plural, one {TSA épinglée} other {TSA épinglées}} ({tokens} {tokens, plural, one {jeton vérifié} other {jetons vérifiés}})',
    'detail.tsaUncovered':
      '{n} {n, plural, one {entrée n’est} other {entrées ne sont}} dans aucun point de contrôle horodaté par {k} {k, plural, one {TSA épinglée} other {TSA épinglées}} (première : entrée {first})',
    'detail.timeBounds':
      '{n} entrées sur {total} ont une borne temporelle vérifiée ; aucune racine TSA épinglée, donc les horodatages RFC 3161 n’ont pas été vérifiés',
    'detail.more':
      'et {n, number} {whichStatus, select, fail {{n, plural, one {autre échec} other {autres échecs}}} warn {{n, plural, one {autre avertissement} other {autres avertissements}}} info {{n, plural, one {autre note} other {autres notes}}} other {{n, plural, one {autre réussite} other {autres réussites}}}} de cette vérification, non listés',
    'page.signed': 'Signé :',
    'page.signatureInvalid': 'Signature NON valide :',
    'page.notSigned': 'Non signé :',
    'page.signerCertificate': 'SHA-256 du certificat du signataire',
    'page.signerSubject': 'Sujet du certificat',
    'page.signerIssuer': 'Émis par',
    'page.signerValidity': 'Valide',
    'page.pagesChecked': 'Pages imprimées vérifiées :',
    'page.pagesNotChecked': 'Pages imprimées NON vérifiées :',
    'page.pagesDiffer': 'Les pages imprimées NE CORRESPONDENT PAS à l’historique vérifié :',
    'page.title': 'Custos — vérifier un paquet judiciaire',
    'page.language': 'Langue',
    'page.skip': 'Aller au résultat',
    'page.brand': 'journal de chaîne de possession',
    'page.heading': 'Vérifier un paquet judiciaire',
    'page.lede':
      'Vérifie l’historique de possession d’un élément de preuve par rapport au point de contrôle signé du journal, avec le même code que le vérificateur en ligne de commande. Tout se passe dans cette page : rien de ce que vous choisissez ici n’est envoyé, et la page fonctionne aussi enregistrée sur disque et ouverte hors ligne.',
    'page.stepKey': 'Épinglez la clé de vérification du journal',
    'page.logKey': 'Clé de vérification du journal',
    'page.logKeyHelp':
      'Utilisez la clé que l’exploitant du journal vous a remise par un autre canal — par courrier, par téléphone, par l’intermédiaire d’un greffe. Ne la copiez jamais depuis le paquet : la copie du paquet est seulement comparée avec elle.',
    'page.moreWitness': 'Politique de témoins et point de contrôle antérieur (facultatif)',
    'page.witnessKeys': 'Clés des témoins en qui vous avez confiance, une par ligne',
    'page.threshold': 'Combien d’entre eux doivent avoir cosigné',
    'page.witnessHelp':
      'Avec une politique, le point de contrôle doit porter des cosignatures valides d’au moins ce nombre de ces témoins : ils ont vu le même journal que vous.',
    'page.knownCheckpoint': 'Un point de contrôle de ce journal vu auparavant',
    'page.checkpointHelp':
      'Le point de contrôle du paquet ne doit être ni plus ancien que lui ni en désaccord avec lui : ce serait un journal revenu en arrière ou scindé.',
    'page.moreTsa': 'Autorités d’horodatage et clé post-quantique (facultatif)',
    'page.tsaRoots': 'Certificats racines des autorités d’horodatage de confiance (PEM)',
    'page.tsaHelp':
      'Avec une racine d’horodatage, chaque événement doit figurer dans un point de contrôle horodaté par cette autorité (RFC 3161), et chaque événement est présenté comme inscrit au plus tard à cette date.',
    'page.pqKey': 'La clé de vérification ML-DSA-44 du journal',
    'page.pqHelp':
      'Avec cette clé, le point de contrôle doit aussi porter une signature post-quantique (ML-DSA-44) valide de sa part.',
    'page.moreOtherLogs': 'Autres registres, pour un paquet qui en couvre plusieurs (facultatif)',
    'page.otherLogs': 'Clés de vérification d’autres registres auxquels vous faites confiance, une par ligne',
    'page.otherLogsHelp':
      'Un paquet exporté dans un État peut porter la part du registre de l’État qui a divulgué l’élément. Cette part n’est vérifiée qu’avec une clé que vous épinglez ici pour son registre, jamais avec celle que nomme le paquet. Collez les clés, ou chargez un fichier de magasin de confiance (custos-trust/v1). Elles ne servent qu’à cette page, sauf si vous choisissez de les retenir dans ce navigateur.',
    'page.otherLogsFile': 'Charger un fichier de magasin de confiance (custos-trust/v1)',
    'page.rememberOtherLogs': 'Retenir ces clés et politiques de témoins dans ce navigateur',
    'page.forgetOtherLogs': 'Oublier les clés retenues',
    'page.otherLogsRemembered': 'Clés d’autres registres retenues dans ce navigateur : {n}',
    'page.otherLogsForgotten': 'Aucune clé d’un autre registre n’est retenue dans ce navigateur.',
    'page.badOtherLogs':
      'La ligne {line} des clés des autres registres n’est pas une clé de vérification de registre.',
    'page.badTrustFile':
      'Ce fichier n’est pas un magasin de confiance (custos-trust/v1) avec des épinglages explicites.',
    'page.otherLogChanged':
      'Une autre clé du registre {origin} est retenue dans ce navigateur : si son opérateur l’a vraiment changée, oubliez les clés retenues et épinglez la nouvelle.',
    'page.otherLogWitnesses': 'Témoins du registre {origin} en qui vous avez confiance, un par ligne',
    'page.otherLogThreshold': 'Combien d’entre eux doivent avoir cosigné',
    'page.otherLogPolicyHelp':
      'Avec des témoins, la part de ce registre ne compte que si le point de contrôle qui prouve sa communication porte des cosignatures valides d’au moins autant d’entre eux : la politique de témoins qu’un magasin de confiance garde pour ce registre (custos trust add --witness). Vide : la clé du registre seule.',
    'page.badOtherLogWitnesses':
      'La politique de témoins du registre {origin} est inutilisable : chaque ligne doit être la clé de vérification de cosignature d’un témoin, chaque témoin une seule fois.',
    'page.badOtherLogThreshold':
      'Pour le registre {origin}, le nombre de témoins qui doivent avoir cosigné doit être un entier de 1 à {max}.',
    'page.otherLogPolicyKept':
      'Le fichier de magasin de confiance fixe pour le registre {origin} une autre politique de témoins que celle affichée ici, qui est conservée : pour la changer, modifiez-la ici.',
    'page.stepBundle': 'Choisissez le paquet',
    'page.bundleFile': 'bundle.json, ou le rapport PDF auquel il est joint',
    'page.drop': 'ou déposez le fichier ici',
    'page.stepFile': 'Vérifiez le fichier de preuve',
    'page.optional': 'facultatif',
    'page.evidenceFile': 'Le fichier de preuve lui-même (par exemple l’image disque)',
    'page.evidenceHelp':
      'Son SHA-256 est calculé ici, par morceaux, et comparé à l’empreinte enregistrée. Les gros fichiers prennent du temps.',
    'page.hashing': 'Calcul de l’empreinte du fichier de preuve',
    'page.verify': 'Vérifier',
    'page.print': 'Imprimer',
    'page.proves': 'Ce que prouve un paquet vérifié, et ce qu’il ne prouve pas',
    'page.provesText':
      'Il prouve que le journal dont vous avez épinglé la clé s’est engagé, dans cet ordre, sur ces entrées, signées par ces acteurs avec des clés valides à ce moment, dans le respect des règles de possession ; et — avec une politique de témoins — que les témoins ont vu le même journal.',
    'page.notProvesText':
      'Il ne prouve pas que l’historique est complet après le point de contrôle (des événements ultérieurs peuvent exister : demandez un paquet récent), ni que ce qu’un acteur a signé est vrai dans les faits. Cela repose sur les acteurs, les témoins et les juridictions.',
    'page.footer':
      'Formats custos-bundle/v2 et v3, un paquet couvrant plusieurs registres (v1 est lu, et échoue à la vérification d’exhaustivité), spécifié dans docs/bundle.md. Cette page n’effectue aucune requête réseau ; sa politique de sécurité les interdit.',
    'page.chooseBundle': 'Choisissez un paquet à vérifier.',
    'page.verifying': 'Vérification…',
    'page.reading': 'Lecture de {name}…',
    'page.verifiedStatus': 'Vérifié : {name}',
    'page.failedStatus': 'Échec : {name}',
    'page.computing': 'calcul du SHA-256…',
    'page.unreadable': 'illisible : {reason}',
    'page.verified': 'VÉRIFIÉ',
    'page.failed': 'ÉCHEC',
    'page.verifiedLede':
      'Toutes les vérifications ont réussi{hasSubject, select, yes { pour l’élément {subject}} other {}} : le journal dont vous avez épinglé la clé s’est engagé sur cet historique, dans cet ordre, signé par des acteurs dont les clés étaient valides à ce moment et qui ont respecté les règles de possession{hasComplete, select, yes { ; l’historique est {complete}} other {}}.',
    'page.failedLede':
      '{n, plural, one {# vérification a échoué} other {# vérifications ont échoué}}. Ne vous fiez pas à cet historique ; les échecs sont listés ci-dessous et sous Vérifications.',
    'page.keyNotes':
      '{n, plural, one {L’entrée {entries} a été signée avec une clé déclarée ultérieurement compromise à compter d’une date antérieure à son inscription. Le journal prouve qu’elle a été inscrite avant cette déclaration, elle est donc vérifiée ; appréciez-la avec prudence (signalée dans la chronologie et sous Vérifications).} other {Les entrées {entries} ont été signées avec une clé déclarée ultérieurement compromise à compter d’une date antérieure à leur inscription. Le journal prouve qu’elles ont été inscrites avant cette déclaration, elles sont donc vérifiées ; appréciez-les avec prudence (signalées dans la chronologie et sous Vérifications).}}',
    'page.derivativesIncluded':
      '{included, select, yes {Le paquet inclut les dérivés de l’élément : leurs historiques ont été vérifiés avec le sien.} other {Le paquet n’inclut pas les dérivés de l’élément : leurs historiques ne font pas partie de cette vérification.}}',
    'page.more': 'et {n} de plus',
    'page.attachedTo': 'Paquet joint à {name}',
    'page.items': '{n, plural, one {Élément de preuve} other {Éléments de preuve}}',
    'page.notVerified': '{title} (non vérifié)',
    'page.custodianNow': 'Détenteur actuel',
    'page.registered': 'Enregistré',
    'page.status': 'Statut',
    'page.derivatives': 'Éléments dérivés',
    'page.checkpointHelpResult': 'La tête d’arbre signée dans laquelle chaque entrée a été prouvée incluse.',
    'page.log': 'Journal',
    'page.rootHash': 'Empreinte racine',
    'page.witnesses': 'Témoins',
    'page.noneCosigned': 'aucune cosignature',
    'page.requests': 'Entraide judiciaire',
    'page.when': 'Quand (UTC)',
    'page.event': 'Événement',
    'page.by': 'Par',
    'page.whatHappened': 'Ce qui s’est passé',
    'page.timeline': 'Chronologie',
    'page.timelineWarning':
      'Le paquet n’a pas passé la vérification : voici ce qu’il affirme, pas ce que le journal prouve.',
    'page.timelineCaption': 'Événements de possession dans l’ordre du journal',
    'page.location': 'Lieu : {location}',
    'page.sealLine': 'Scellé : {seal}',
    'page.itemLine': 'élément {item}',
    'page.checks': 'Vérifications',
    'page.checksSummary':
      '{n, plural, one {# vérification} other {# vérifications}}, {failed} en échec. Les échecs désignent l’entrée par son index dans le journal.',
    'page.checksCaption': 'Toutes les vérifications effectuées, dans l’ordre',
    'page.code': 'code : {code}',
    'page.statusPass': 'RÉUSSI',
    'page.statusFail': 'ÉCHEC',
    'page.statusWarn': 'ATTENTION',
    'page.statusInfo': 'INFO',
    'page.subjectTag': 'objet du paquet',
    'page.needKey':
      'Épinglez d’abord la clé de vérification du journal : celle que l’exploitant vous a remise, pas la copie du paquet.',
    'page.badThreshold':
      'Le seuil de témoins doit être un nombre entier de 1 à {max} (le nombre de clés de témoins données).',
    'page.badTsaRoots': 'Les racines d’horodatage doivent être des certificats PEM (BEGIN CERTIFICATE).',
    'page.reviewed': 'Traduction relue par {reviewer}.',
    'page.unreviewed':
      'Traduction automatique provisoire, pas encore relue par un traducteur juridique qualifié.',
  },
};

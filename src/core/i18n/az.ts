/**
 * Azerbaijani (Latin script). Machine-drafted from the English catalogue: a qualified legal
 * translator must review it before `reviewedBy` is set; until then every report says so.
 * @module
 */
import type { Catalogue } from './catalogue.ts';

export const AZ: Catalogue = {
  language: 'az',
  name: 'Azərbaycanca',
  direction: 'ltr',
  origin: 'machine-drafted',
  reviewedBy: null,
  messages: {
    'report.title': 'Saxlanma zənciri hesabatı: sübut obyekti {item}',
    'report.verified': 'TƏSDİQLƏNDİ',
    'report.notVerified': 'TƏSDİQLƏNMƏDİ',
    'report.verifiedDetail':
      'Bütün yoxlamalar qeydiyyat jurnalının təsbit edilmiş açarı ilə uğurla keçdi: aşağıdakı saxlanma tarixçəsi jurnalın təsdiq etdiyi tarixçədir.',
    'report.notVerifiedDetail':
      'Ən azı bir yoxlama uğursuz oldu (bax: “Yoxlama”). Aşağıdakı faktlar yalnız paketin iddia etdiyidir: onlara etibar etməyin.',
    'report.compromised':
      '{entries} nömrəli qeydlər sonradan, jurnala yazılmasından əvvəlki tarixdən etibarən təhlükəsizliyi pozulmuş elan edilmiş açarla imzalanıb: onlar bu elandan əvvəl jurnala yazılıb, ona görə yoxlamadan keçir, lakin onları ehtiyatla qiymətləndirin (aşağıda qeyd olunub).',
    'report.item': 'Sübut obyekti',
    'report.generated': 'Hesabat tərtib edilib',
    'report.bundleMade': 'Paket hazırlanıb',
    'report.exportedBy': 'İxrac edən',
    'report.derivatives': 'Törəmələrin tarixçələri',
    'report.derivativesIncluded':
      '{included, select, yes {daxildir, elementin tarixçəsi ilə birlikdə yoxlanılıb} other {daxil deyil}}',
    'report.bundleSha256': 'Paketin SHA-256 dəyəri',
    'report.language': 'Dil',
    'report.unprintable':
      'Bəzi simvollar bu PDF-in şriftlərində yoxdur; hər biri [U+kod nöqtəsi] kimi göstərilir və dəqiq mətn əlavə edilmiş bundle.json faylındadır: {codes}.',
    'report.seeBundle': '… [bax: bundle.json]',
    'report.footer': 'Sübut obyekti {item} · {verdict} · paketin SHA-256 dəyəri {sha256}',
    'report.page': 'Səhifə {n} / {of}',
    'report.reviewed':
      'Tərcüməni yoxlayan: {reviewer}. Əlavə edilmiş bundle.json faylı əsas (etibarlı) qeyddir.',
    'report.unreviewed':
      'Maşın tərcüməsi qaralamasıdır, ixtisaslı hüquqi tərcüməçi tərəfindən hələ yoxlanılmayıb. Əlavə edilmiş bundle.json faylı əsas (etibarlı) qeyddir.',
    'report.generatedAt': 'hesabat tərtib edilib: {time}',
    'time.utc': '{time} UTC',
    'time.recorded': '{utc} (qeyd edilən yerli vaxt: {local})',
    'time.logged': 'jurnala yazılıb: {time}',
    'time.byTsa': 'TSA {name}',
    'time.byWitness': 'şahid {name}',
    'time.noLaterThan': 'ən gec: {time}',
    'case.section': 'İş və sorğular',
    'case.reference': 'İşin nömrəsi',
    'case.title': 'Adı',
    'case.organisation': 'Təşkilat',
    'case.state': 'Dövlət',
    'case.none': 'Paketdə heç bir iş göstərilməyib.',
    'request.heading': 'Dövlətlərarası sorğular',
    'request.request': 'Sorğu',
    'request.type': 'Növü',
    'request.fromTo': 'Kimdən → kimə',
    'request.parties':
      '{requestingAuthority} ({requestingState}) → {requestedAuthority} ({requestedState}, {designation} saylı qeydlə təyin edilmiş orqan)',
    'request.legalBasis': 'Hüquqi əsas',
    'request.status': 'Vəziyyəti',
    'request.none': 'Bu sübut obyekti ilə bağlı hüquqi yardım sorğusu yoxdur.',
    'item.none': 'Sübut obyektinin təsdiqlənmiş qeydiyyatı yoxdur (bax: “Yoxlama”).',
    'item.the': 'Sübut obyekti: {id}',
    'item.related': 'Əlaqəli sübut obyekti: {id}',
    'item.description': 'Təsviri',
    'item.case': 'İş',
    'item.exhibit': 'Maddi sübutun nömrəsi',
    'item.size': 'Həcmi',
    'item.mediaType': 'Media növü',
    'item.origin': 'Mənşəyi',
    'item.originUnknown': 'paketdə qeyd olunmayıb',
    'item.registered': 'Qeydiyyata alınıb (jurnalda)',
    'item.custodian': 'Saxlayıcı (burada son qeyd)',
    'item.status': 'Vəziyyəti (burada son qeyd)',
    'item.derivedFrom': 'Mənbəyi',
    'item.relation': 'Əlaqə',
    'item.sourceOf': '{id} obyektinin surəti çıxarılan mənbə',
    'item.originObtained': '{method}{hasLocation, select, yes {, yer: {location}} other {}}',
    'item.originAuthorisation': 'əsas: {type} {reference}, verən: {issuer}',
    'item.originRequest': 'əsas: {request} saylı sorğu',
    'item.originCollected': 'götürən: {person}, vaxt: {time}',
    'item.originCopy': '{item} obyektinin surəti ({method}), alət: {tool}, çıxaran: {person}, vaxt: {time}',
    'item.preservation': 'Saxlama qərarı',
    'item.preservationValue':
      '{order} saylı qərar{hasBasis, select, yes {, əsas: {basis}} other {}}, {since} – {until}: {asOf} tarixinə (paketin son qeydi) {hasForce, select, yes {qüvvədədir} other {MÜDDƏTİ BİTİB}}',
    'item.legalHold': 'Hüquqi saxlama',
    'item.legalHoldValue': '{reference}, {on} üzərinə qoyulub, paketin yoxlama nöqtəsində qüvvədədir',
    'item.retention': 'Saxlanma müddəti',
    'item.retentionValue':
      '{hasCategory, select, yes {kateqoriya {category} ({basis}), {until} tarixinədək saxlanılır; } other {}}{hasLimit, select, yes {ən gec {limit} tarixinədək saxlanılır ({state} tərəfindən qoyulmuş şərtlər); } other {}}{isDue, select, yes {{reviewAt} tarixindən BAXILMALIDIR} other {baxış tarixi {reviewAt}}} {asOf} vəziyyətinə (paketin son qeydi){hasOverride, select, yes {; vaxtından əvvəl sərəncam verilib ({reference})} other {}}',
    'size.bytes': '{n, plural, one {# bayt} other {# bayt}}',
    'custody.section': 'Saxlanma tarixçəsi',
    'custody.intro':
      'Hər hadisə üçün bir sətir, jurnalın qeyd etdiyi ardıcıllıqla. “#” qeydin jurnaldakı yeridir, yoxlama bölməsi ona istinad edir; vaxtlar UTC ilədir, yanında isə iştirakçının qeyd etdiyi saat qurşağı göstərilir.',
    'custody.when': 'Nə vaxt (baş verib; jurnala yazılıb)',
    'custody.who': 'Kim',
    'custody.what': 'Nə',
    'custody.where': 'Harada',
    'custody.seal': 'Möhür',
    'custody.digest': 'Həş',
    'custody.none': 'Paketdə bu sübut obyekti üzrə saxlanma hadisəsi yoxdur.',
    'custody.inLog': '{origin} jurnalında',
    'custody.crossedOut':
      'SƏRHƏD: saxlanma bu jurnaldan {origin} jurnalına keçdi, o bunu özünün {index} saylı qeydi kimi idxal etdi',
    'custody.crossedIn':
      'SƏRHƏD: saxlanma bu jurnala {origin} jurnalından gəldi, o bunu özünün {index} saylı qeydi kimi açıqladı',
    'custody.match': 'uyğundur',
    'custody.mismatch': 'UYĞUN DEYİL',
    'derivatives.section': 'Törəmə obyektlər zənciri',
    'derivatives.intro': 'Hər ox jurnalın qeyd etdiyi kimi, obyektdən ondan çıxarılmış surətlərə aparır.',
    'derivatives.none':
      'Törəmə obyekt yoxdur: bu paketdə heç nə bu obyektdən və ya ona surət kimi çıxarılmayıb.',
    'verification.section': 'Yoxlama',
    'verification.noCheckpoint': 'Təsbit edilmiş jurnal açarı ilə heç bir yoxlama nöqtəsi təsdiqlənmədi.',
    'verification.intro':
      'Paket jurnalın bu imzalı yoxlama nöqtəsinə qarşı yoxlanılıb; nöqtə bu hesabatı hazırlayan şəxsin təsbit etdiyi jurnal açarı ilə açılıb:',
    'verification.origin': 'Yoxlama nöqtəsinin mənbəyi',
    'verification.treeSize': 'Ağacın ölçüsü',
    'verification.entries': '{n, plural, one {# qeyd} other {# qeyd}}',
    'verification.rootHash': 'Kök həşi (base64)',
    'verification.keyId': 'Jurnal açarının identifikatoru',
    'verification.witnesses': 'Birgə imzalayan şahidlər',
    'verification.noWitnesses': 'yoxlanılmayıb (şahid siyasəti verilməyib)',
    'verification.result': 'Nəticə',
    'verification.check': 'Yoxlama',
    'verification.entry': 'Qeyd',
    'verification.detail': 'Təfərrüat',
    'verification.noChecks': 'Heç bir yoxlama aparılmayıb.',
    'status.pass': 'KEÇDİ',
    'status.fail': 'UĞURSUZ',
    'status.warn': 'XƏBƏRDARLIQ',
    'status.info': 'QEYD',
    'check.format': 'Format',
    'check.log-key': 'Jurnal açarı',
    'check.checkpoint': 'Yoxlama nöqtəsi',
    'check.witnesses': 'Şahidlər',
    'check.post-quantum': 'Postkvant imzası',
    'check.time': 'Vaxt',
    'check.rollback': 'Geri qaytarılma',
    'check.entries': 'Qeydlər',
    'check.inclusion': 'Daxil olma',
    'check.signatures': 'İmzalar',
    'check.genesis': 'Başlanğıc',
    'check.rules': 'Saxlanma qaydaları',
    'check.chain': 'Zəncir',
    'check.revocations': 'Ləğvetmələr',
    'check.digests': 'Həşlər',
    'check.derivatives': 'Törəmələr',
    'check.subject': 'Obyekt',
    'check.file': 'Sübut faylı',
    'check.attachment': 'PDF əlavəsi',
    'check.log-origin': 'Jurnalın mənbəyi',
    'check.pages': 'Çap səhifələri',
    'check.signature': 'İxrac edənin imzası',
    'check.report-signature': 'Hesabatın imzası',
    'check.completeness': 'Tamlıq',
    'check.border': 'Sərhəd',
    'check.parts': 'Digər jurnalların hissələri',
    'check.detailInEnglish': 'Yoxlayıcının təfərrüatı, ingiliscə:',
    'bundle.section': 'Paket',
    'bundle.intro':
      'Məhkəmə paketi (custos-bundle, docs/bundle.md formatı) bu hesabatın hazırlandığı imzalı məlumatlardır. Hesabatın PDF versiyası onu bundle.json adlı əlavə fayl kimi daşıyır.',
    'bundle.sha256': 'SHA-256',
    'bundle.entries': 'Qeydlər',
    'bundle.origin': 'Jurnalın mənbəyi',
    'bundle.key': 'Paketdəki jurnal açarı',
    'guide.section': 'Bu hesabatı müstəqil yoxlamaq qaydası',
    'guide.intro':
      'Bu hesabatda çap olunanlar sözə inanılmadan yoxlanıla bilər. Hesabatın hazırlandığı imzalı məlumatlar PDF-ə bundle.json kimi əlavə edilib; yoxlayıcı bu məlumatları yoxlayır, sonra bu səhifələri onlardan yenidən qurur və faylla müqayisə edir — Custos serverinə və ya onun işçilərinə etibar etmədən.',
    'guide.step1':
      'Jurnalın yoxlama açarını ayrıca kanalla əldə edin: jurnalın operatorundan məktubla, telefonla (açarın identifikatorunu oxutdurmaqla) və ya məhkəmə dəftərxanası vasitəsilə. Onu heç vaxt bu hesabatdan və ya paketdən götürməyin — onlardakı surətlər yalnız onunla müqayisə edilir.',
    'guide.step1Key': 'Bu hesabatın yoxlandığı açarın identifikatoru: {keyId}.',
    'guide.step2':
      'Custos yoxlayıcısını PDF üzərində həmin açarla işə salın (əmr aşağıdadır); şəbəkə tələb olunmur. O, əlavə edilmiş bundle.json faylını çıxarır, onun SHA-256 dəyərinin bu hesabatda çap olunanla eyni olduğunu, hər imzanı, daxil olma sübutunu və saxlanma qaydasını yoxlayır, sonra isə faylın hər səhifəsinin həmin yoxlanmış tarixçədən alınanla tam eyni olmasını tələb edir: dəyişdirilmiş, əlavə edilmiş və ya çıxarılmış səhifə nömrəsi ilə göstərilir.',
    'guide.step3':
      'Və ya Custos serverinin /verify səhifəsini veb-brauzerdə açın, bu PDF-i seçin və həmin açarı daxil edin. Səhifə eyni yoxlamaları aparır; səhifələri yoxlamaq üçün hesabat şriftlərini həmin serverdən yükləyir, buna görə şəbəkəsiz açılmış saxlanmış surət tarixçəni yoxlayır və səhifələrin YOXLANMADIĞINI bildirir.',
    'guide.step4':
      'Sübut faylının özü sizdədirsə, onun SHA-256 dəyəri (məsələn, sha256sum ilə) bu hesabatda çap olunmuş qeydiyyat SHA-256 dəyərinə bərabər olmalıdır.',
    'guide.proves': 'Təsdiqlənmiş nəticə nəyi sübut edir',
    'guide.provesText':
      'Açarını təsbit etdiyiniz jurnalın göstərilən qeydləri bu ardıcıllıqla, adları çəkilən iştirakçıların o vaxt etibarlı olan açarlarla imzaladığı və saxlanma qaydalarına uyğun şəkildə təsdiq etdiyini; şahidlər birgə imzalayıbsa, onların eyni jurnalı gördüyünü.',
    'guide.notProves': 'Nəyi sübut etmir',
    'guide.notProves1':
      'Tarixçənin yoxlama nöqtəsindən sonra tam olduğunu: sonrakı hadisələr ola bilər — yeni paket tələb edin.',
    'guide.notProves2': 'Paketdən kənarda heç bir iştirakçının üst-üstə düşən açarı olmadığını.',
    'guide.notProves3':
      'İştirakçının imzaladığının real həyatda doğru olduğunu. Bu, iştirakçılara, şahidlərə və məhkəmələrə əsaslanır.',
    'event.registered':
      'qeydiyyata alınıb: {description}; əldə edilmə üsulu: {method}{hasLocation, select, yes {, yer: {location}} other {}}; götürən: {collector}',
    'event.sealed': '{seal} möhürü ilə möhürlənib',
    'event.unsealed': '{seal} möhürü açılıb: {reason}',
    'event.handedOver':
      '{to} tərəfinə təhvil verilib, məqsəd: {purpose}{hasChannel, select, yes {, vasitə: {channel}} other {}}',
    'event.handoverCancelled': 'təhvil ləğv edilib: {reason}',
    'event.received':
      'qəbul edilib; SHA-256 yenidən yoxlanılıb: qeydiyyat həşinə {hasMatch, select, yes {uyğundur} other {UYĞUN DEYİL}}{hasCondition, select, yes {; {condition}} other {}}',
    'event.examined':
      'ekspertiza edilib, məqsəd: {purpose}, alət: {tool}{hasFindings, select, yes {; nəticələr: {findings}} other {}}',
    'event.copied': '{derivative} törəmə obyektinə surəti çıxarılıb ({description}), alət: {tool}',
    'event.created': '{item} obyektinin surəti kimi yaradılıb, alət: {tool} ({method})',
    'event.verified':
      'həş yenidən hesablanıb: qeydiyyat həşinə {hasMatch, select, yes {uyğundur} other {UYĞUN DEYİL}}',
    'event.preserved':
      '{order} saylı qərarla {until} tarixinədək saxlanılır{hasRequest, select, yes { ({request} saylı sorğu)} other {}}',
    'event.preservationExtended': 'saxlanma müddəti {until} tarixinədək uzadılıb',
    'event.preservationReleased': 'saxlanma dayandırılıb: {reason}',
    'event.disclosed':
      '{request} saylı sorğu üzrə {to} tərəfinə açıqlanıb: {scope}{hasConditions, select, yes {; şərtlər: {conditions}} other {}}{hasConditionsOnUse, select, yes {; istifadə şərtləri: {conditionsOnUse}} other {}}',
    'event.disclosedToAuthority':
      '{request} saylı sorğu üzrə {authority} ({state}, {designation} saylı qeydlə təyin edilmiş orqan) tərəfinə açıqlanıb: {scope}{hasConditions, select, yes {; şərtlər: {conditions}} other {}}{hasConditionsOnUse, select, yes {; istifadə şərtləri: {conditionsOnUse}} other {}}',
    'event.imported':
      '{origin} jurnalından idxal edilib; orada {index} saylı qeyd {item} obyektini açıqlayıb: {description}',
    'event.transferReceipt':
      '{disclosure} saylı açıqlamanın alınması təsdiqi: {origin} jurnalına {index} saylı qeyd kimi idxal edilib',
    'event.holdPlaced': 'hüquqi saxlama {reference} qoyulub: {reason}',
    'event.holdLifted': 'hüquqi saxlama götürülüb ({reference}): {reason}',
    'event.retentionSet': 'saxlanma kateqoriyasına {category} aid edilib: {reason}',
    'event.retentionOverridden': 'saxlanma müddəti bitməzdən əvvəl sərəncam verilib ({reference}): {reason}',
    'event.useConsented':
      'təqdim edən dövlətin razılığı: {hasOnward, select, yes {{to} tərəfinə ötürülmə} other {{hasPurpose, select, yes {{purpose} üçün istifadə} other {məhkəmədə sübut kimi istifadə}}}}: {reason}',
    'event.useConsentedToAuthority':
      'təqdim edən dövlətin razılığı: {authority} ({state}, {designation} saylı qeydlə təyin edilmiş orqan) tərəfinə ötürülmə: {reason}',
    'event.returned': '{to} tərəfinə qaytarılıb: {reason}',
    'event.destroyed':
      'məhv edilib, üsul: {method} ({authorisation}){hasWitness, select, yes {, şahid: {witness}} other {}}',
    'event.annotated': 'qeyd: {text}{hasCorrects, select, yes { (əvvəlki qeydi düzəldir)} other {}}',
    'keyNote.compromised':
      '{from} tarixindən etibarən təhlükəsizliyi pozulmuş elan edilmiş açarla imzalanıb; elan edən: {by}, tarix: {at} (qeyd {entry}).',
    'keyNote.issued':
      'İnzibatçı {by} tərəfindən {actor} adından {at} tarixində verilmiş açarla imzalanıb (qeyd {entry}).',
    'origin.seizure': 'götürmə',
    'origin.production-order': 'təqdim etmə haqqında qərar',
    'origin.preservation': 'mühafizə',
    'origin.voluntary-disclosure': 'könüllü təhvil vermə',
    'origin.foreign-authority': 'xarici orqan tərəfindən ötürmə',
    'origin.derived': 'başqa obyektdən əldə etmə',
    'itemStatus.active': 'saxlanılır',
    'itemStatus.returned': 'qaytarılıb',
    'itemStatus.destroyed': 'məhv edilib',
    'requestType.mutual-legal-assistance': 'qarşılıqlı hüquqi yardım',
    'requestType.preservation-stored-data': 'saxlanılan məlumatların təcili mühafizəsi',
    'requestType.preservation-traffic-data': 'trafik məlumatlarının təcili mühafizəsi',
    'requestType.production': 'təqdim etmə haqqında qərar',
    'requestType.network-24-7': '24/7 şəbəkəsi üzrə sorğu',
    'requestType.spontaneous-information': 'təşəbbüs qaydasında verilən məlumat',
    'requestStatus.recorded': 'qeydə alınıb',
    'requestStatus.received': 'alınıb',
    'requestStatus.accepted': 'qəbul edilib',
    'requestStatus.executed': 'icra edilib',
    'requestStatus.partially-executed': 'qismən icra edilib',
    'requestStatus.refused': 'icrasından imtina edilib',
    'requestStatus.withdrawn': 'geri götürülüb',
    'eventType.registered': 'qeydiyyat',
    'eventType.created': 'surət kimi yaradılıb',
    'eventType.sealed': 'möhürləmə',
    'eventType.unsealed': 'möhürün açılması',
    'eventType.handed-over': 'təhvil vermə',
    'eventType.handover-cancelled': 'təhvilin ləğvi',
    'eventType.received': 'qəbul',
    'eventType.examined': 'tədqiqat',
    'eventType.copied': 'surətçıxarma',
    'eventType.verified': 'heşin yenidən hesablanması',
    'eventType.preserved': 'mühafizə',
    'eventType.preservation-extended': 'mühafizənin uzadılması',
    'eventType.preservation-released': 'mühafizənin götürülməsi',
    'eventType.disclosed': 'açıqlama',
    'eventType.returned': 'qaytarma',
    'eventType.destroyed': 'məhvetmə',
    'eventType.annotated': 'qeyd',
    'eventType.use-consented': 'istifadəyə razılıq',
    'eventType.hold-placed': 'hüquqi saxlamanın qoyulması',
    'eventType.hold-lifted': 'hüquqi saxlamanın götürülməsi',
    'eventType.imported': 'başqa jurnaldan idxal edilib',
    'eventType.transfer-receipt': 'qəbul edən jurnaldan alınma təsdiqi',
    'subjectKind.actor': 'iştirakçının',
    'subjectKind.case': 'işin',
    'subjectKind.request': 'sorğunun',
    'subjectKind.item': 'obyektin',
    'subjectKind.designations': 'təyinatların',
    'subjectKind.retention': 'saxlanma kateqoriyasının',
    'subjectKind.derivatives': 'obyektdən törəmə obyektlərin',
    'eventType.retention-set': 'saxlanma kateqoriyasının təyini',
    'eventType.retention-overridden': 'saxlanma müddətindən əvvəl sərəncam',
    'revocationReason.compromised': 'təhlükəsizliyi pozulub',
    'revocationReason.lost': 'itirilib',
    'revocationReason.superseded': 'əvəz olunub',
    'revocationReason.left-organisation': 'təşkilatdan ayrılma',
    'revocationReason.other': 'başqa səbəb',
    'item.holdOnItem': '{id} obyekti',
    'item.holdOnCase': '{id} işi',
    'conditions.onUse':
      'icazə verilən məqsədlər: {purposes}; sonrakı ötürmə: {hasOnwardPermitted, select, yes {icazə verilir} other {yalnız məlumatı verən dövlətin razılığı ilə}}; sübut kimi istifadə: {hasEvidencePermitted, select, yes {icazə verilir} other {yalnız məlumatı verən dövlətin razılığı ilə}}{hasRetainUntil, select, yes {; ən geci {retainUntil} tarixinədək saxlanmalı} other {}}{hasDataProtection, select, yes {; məlumatların qorunması: {dataProtection}} other {}}',
    'detail.notBundle': 'custos-bundle (v1 və ya v2) deyil: {path} {problem}',
    'detail.format': '{item} obyekti üçün {format}, yaradılıb: {createdAt}',
    'detail.jsonRefused': '{name} rədd edilir: {reason}',
    'detail.jsonInvalid': '{name}: {reason}',
    'detail.theBundle': 'paket',
    'detail.fileNoItems': '{file} faylını müqayisə etmək üçün təsdiqlənmiş obyekt yoxdur',
    'detail.fileMatches': '{file} faylı {item} obyektinin qeydə alınmış SHA-256 dəyərinə malikdir',
    'detail.fileMismatch':
      '{file} faylının SHA-256 dəyəri {sha256}-dir və paketdəki {n} obyektin heç biri üçün qeydə alınmayıb ({items}): bu sübut deyil, ya da dəyişdirilib',
    'detail.logKeyInvalid': 'bərkidilmiş jurnal açarı etibarlı yoxlama açarı deyil: {reason}',
    'detail.witnessKeyInvalid': '{key} şahid açarı birgə imza yoxlama açarı deyil: {reason}',
    'detail.checkpointInvalid': 'yoxlama nöqtəsi bərkidilmiş jurnal açarı ilə təsdiqlənmir: {reason}',
    'detail.checkpoint':
      '{origin} jurnalının yoxlama nöqtəsi, ağacın ölçüsü {size}, kök {root}, bərkidilmiş jurnal açarı ilə imzalanıb',
    'detail.witnesses':
      'tələb olunan {threshold} şahiddən {n} birgə imzalayıb{hasCosigners, select, yes { ({cosigners})} other {}}{hasMissing, select, yes {; çatışmır: {missing}} other {}}',
    'detail.witnessesNoPolicy':
      '{hasCosigners, select, yes {birgə imzalayanlar: {cosigners} (şahid siyasəti verilməyib)} other {şahid siyasəti verilməyib}}',
    'detail.logKeyNamed': 'paket bərkidilmiş jurnal açarını {name} göstərir (açar ID-si {keyId})',
    'detail.logOriginNamed': 'paket jurnalın mənşəyini {name} göstərir; bu, bərkidilmiş açarınkıdır',
    'detail.logMemberDiffers': 'paket log.{member} üçün {value} göstərir, bərkidilmiş {pinned} deyil',
    'detail.logMemberUnpinned':
      'paketin log.{member} sahəsi yoxlayıcının bərkitdiyi heç nəyə uyğun gəlmir, ona görə yoxlana bilməz',
    'detail.pqKeyInvalid': 'bərkidilmiş ML-DSA-44 açarı yararsızdır: {reason}',
    'detail.pqSigned': 'yoxlama nöqtəsində bərkidilmiş açarın etibarlı ML-DSA-44 imzası da var',
    'detail.pqRequired':
      'siyasət bərkidilmiş açarın ML-DSA-44 imzasını tələb edir, yoxlama nöqtəsində isə belə imza yoxdur',
    'detail.pqMissing': 'yoxlama nöqtəsində bərkidilmiş açarın ML-DSA-44 imzası yoxdur',
    'detail.seenInvalid': 'əvvəl gördüyünüz yoxlama nöqtəsi təsdiqlənmir: {reason}',
    'detail.seenSame': 'gördüyünüz yoxlama nöqtəsi ilə eyni ağac (ölçü {size})',
    'detail.forked':
      '{size} ölçülü ağac üçün iki fərqli kök: jurnal şaxələnib; hər iki yoxlama nöqtəsini sübut kimi saxlayın',
    'detail.seenEmpty': 'gördüyünüz yoxlama nöqtəsi boş ağacındır: istənilən sonrakı ağac onunla uyğundur',
    'detail.consistencyUnproven':
      'paketin yoxlama nöqtəsi (ölçü {size}) gördüyünüzdən (ölçü {seen}) {hasNewer, select, yes {yenidir} other {köhnədir}}; oflayn bu heç nəyi sübut etmir: jurnalın hər ikisinin bir tarixçə olduğunu sübut etməsi üçün --online ilə yoxlayın',
    'detail.consistent':
      'gördüyünüz yoxlama nöqtəsi (ölçü {seen}) ilə uyğunluq sübut olunub: jurnalın {older} ölçülü ağacı onun {newer} ölçülü ağacının prefiksidir (RFC 9162)',
    'detail.inconsistent':
      'jurnalın {older} ölçüsündən {newer} ölçüsünədək uyğunluq sübutu ödənmir: paketin yoxlama nöqtəsi ilə gördüyünüz bir tarixçə deyil; hər ikisini sübut kimi saxlayın',
    'detail.entryMalformed': 'qeydlərdən biri düzgün formada deyil: {reason}',
    'detail.outOfOrder':
      '{entry} saylı qeyd {previous} saylı qeyddən sonra gəlir: qeydlər jurnal ardıcıllığında, hər biri bir dəfə olmalıdır',
    'detail.beyondCheckpoint':
      '{entry} saylı qeyd jurnalda sübut olunmayıb: onun indeksi yoxlama nöqtəsinin ölçüsünü ({size}) aşır (geri qaytarılmış yoxlama nöqtəsi?)',
    'detail.proofMismatch':
      '{entry} saylı qeyd jurnalda sübut olunmayıb: onun daxiletmə sübutu yoxlama nöqtəsinin kökünə aparmır (qeyd və ya sübut dəyişdirilib)',
    'detail.entries': '{total} qeyddən {n} kanonik JCS-dir, düzgün formadadır və jurnal ardıcıllığındadır',
    'detail.inclusion': '{total} qeyddən {n} qeydin yoxlama nöqtəsinə daxil olması sübut olunub (RFC 9162)',
    'detail.inclusionNoCheckpoint': 'təsdiqlənmiş yoxlama nöqtəsi olmadan daxilolma yoxlana bilməz',
    'detail.genesis': 'etibar zənciri 0 saylı qeyddən, ilkin administrator {actor}-dan başlayır',
    'detail.noGenesis':
      'paket ilkin administratorla (0 saylı qeyd) başlamır: imzalayanları jurnalın konfiqurasiyasına bağlamaq olmur',
    'detail.notAsLogged':
      '{entry} saylı qeyd jurnalın onun üçün yazacağı qeyd deyil (vaxtı jurnalın formatında deyil)',
    'detail.chainGap':
      '{entry} saylı qeyd bu paketdə öz subyektinin əvvəlki qeydinin ardınca gəlmir: qeyd çatışmır və ya ardıcıllıq pozulub',
    'detail.ruleBroken': '{entry} saylı qeyd {code} qaydasını pozur: {reason}',
    'detail.chainBroken': 'qeydlər zənciri qırılıb (yuxarıya baxın)',
    'detail.chain': 'hər hadisə öz subyektinin əvvəlki qeydini göstərir: boşluq və yerdəyişmə yoxdur',
    'detail.rulesNoVersion':
      '{total} qeyddən {n} qaydaların heç bir versiyasını elan etməmiş jurnaldandır: onlar yazıldıqları qaydalar olan 1-ci versiya ilə yenidən tətbiq edildi',
    'detail.rulesOlderVersion':
      '{total} qeyddən {n} jurnalın qaydaların {version}-ci versiyasını tətbiq etməyə başladığı {from} saylı qeyddən əvvəl yazılıb: hər biri onun üçün qüvvədə olan versiya ilə yenidən tətbiq edildi',
    'detail.rulesMoved':
      'jurnal gördüyünüz yoxlama nöqtəsinin artıq əhatə etdiyi qeydlərə hansı qaydalar versiyasının tətbiq edildiyini dəyişib ({reason})',
    'detail.rulesLineInvalid': 'yoxlama nöqtəsinin qaydalar sətri oxunmur: {reason}',
    'detail.rules':
      'yenidən tətbiq edildikdə {total} qeyddən {n} saxlanma qaydalarına uyğundur (serverdəki qaydaların eynisi)',
    'detail.signatureBad': '{entry} saylı qeyd: {actor} imzası məzmun üzrə təsdiqlənmir',
    'detail.signatures': '{total} qeyd imzasından {n} təsdiqlənir (Ed25519, ciddi RFC 8032)',
    'detail.subject': '{item} obyekti paketdə qeydə alınıb: {description}',
    'detail.noSubject': 'paketdə {item} obyektinin qeydiyyatı yoxdur',
    'detail.digestMismatch':
      '{entry} saylı qeyd: {actor} qeyd edib ki, {item} obyekti qeydə alınmış SHA-256 dəyərinə UYĞUN GƏLMİR ({type})',
    'detail.digests':
      'qeydə alınmış heşlərlə üst-üstə düşən təkrar yoxlamalar: {n}{hasMismatches, select, yes {; qeydə alınmış uyğunsuzluqlar: {mismatches} (yuxarıya baxın)} other {}}{hasIgnored, select, yes {; sübut olunmamış və ya imzalanmamış qeydlərdə, nəzərə alınmayıb: {ignored}} other {}}',
    'detail.orphan':
      '{item} obyekti {parent} obyektindən törədiyini bildirir, lakin onun tarixçəsi paketdə yoxdur',
    'detail.derivatives':
      'törəmə obyektlər: {n}; hər biri ilkin obyektdən onun saxlayıcısı tərəfindən yaradılıb',
    'detail.noDerivatives': 'törəmə obyekt yoxdur',
    'detail.compromisedLater':
      '{entry} saylı qeyd {actor} tərəfindən sonradan {from} tarixindən etibarən təhlükəsizliyi pozulmuş elan edilən açarla imzalanıb; elan edən: {by}, {at} (qeyd {declaration}, {reason}{hasNote, select, yes {: {note}} other {}}); jurnal qeydin həmin elandan əvvəl yazıldığını sübut edir',
    'detail.issuedByAdministrator':
      '{entry} saylı qeyd {actor} tərəfindən administrator {by}-ın onun adından {at} tarixində verdiyi açarla imzalanıb (qeyd {since}): açar {by}-da ola bilərdi',
    'detail.compromisedSummary':
      '{n} qeyd yazılmasından əvvəlki vaxtdan etibarən təhlükəsizliyi pozulmuş elan edilən açarla imzalanıb (yuxarıda sadalanıb); hər biri elandan əvvəl yazıldığı üçün təsdiqlənir, lakin ehtiyatla qiymətləndirilməlidir',
    'detail.revocations':
      'heç bir qeyd yazılmazdan əvvəl ləğv edilmiş və ya yazılmasından əvvəlki vaxtdan təhlükəsizliyi pozulmuş elan edilən açarla imzalanmayıb',
    'detail.noCompleteness':
      'bu {format} paketində tamlıq sübutu yoxdur: o, qeydlərinin jurnalda olduğunu göstərir, {item} obyektinin tarixçəsinin tam olduğunu yox (yeni ixrac tələb edin)',
    'detail.mapLineMalformed': 'yoxlama nöqtəsinin tarixçələr xəritəsi sətri düzgün formada deyil: {reason}',
    'detail.noMap':
      'yoxlama nöqtəsi (ölçü {size}) heç bir tarixçələr xəritəsinə bağlı deyil, ona görə {item} obyektinin tarixçəsinin tamlığı göstərilə bilməz',
    'detail.incompleteNoProof':
      '{kind} {id} tarixçəsinin tamlığı göstərilməyib: paketdə onun üçün tamlıq sübutu yoxdur',
    'detail.incompleteBadProof':
      '{kind} {id} tarixçəsinin tamlığı göstərilməyib: onun tarixçələr xəritəsi sübutu yoxlama nöqtəsinə uyğun gəlmir ({reason})',
    'detail.incompleteNoHistory':
      '{kind} {id} tarixçəsinin tamlığı göstərilməyib: jurnal yoxlama nöqtəsinə olan vəziyyətdə onun heç bir tarixçəsi olmadığını sübut edir',
    'detail.incompleteCount':
      '{kind} {id} tarixçəsinin tamlığı göstərilməyib: jurnalda {count} qeyd var, sonuncusu #{latest}; paketdə {held}, sonuncusu #{last}',
    'detail.incompleteLatest':
      '{kind} {id} tarixçəsinin tamlığı göstərilməyib: jurnalın sonuncu #{latest} qeydi paketin #{last} qeydi deyil',
    'detail.incompleteWithheld':
      '{kind} {id} tarixçəsinin tamlığı göstərilməyib: paketdə onun qeydləri var, lakin paket onu saxlanılmış (verilməyən) elan edir',
    'detail.derivativeWithheld':
      '{id} törəmə obyektinin tarixçəsi bu paketdə yoxdur və tamlığı göstərilməyib: ixrac edən onu oxuya bilməz (onun saxlayıcısından ayrıca paket tələb edin)',
    'detail.incompleteNoneNoProof':
      '{kind} {id} tarixçəsinin tamlığı göstərilməyib: bu, paketdə heç bir qeydi olmayan törəmə obyektdir və paketdə onun üçün tamlıq sübutu yoxdur',
    'detail.incompleteNoneHeld':
      '{kind} {id} tarixçəsinin tamlığı göstərilməyib: bu, paketdə heç bir qeydi olmayan törəmə obyektdir; jurnalda {count} qeyd var, sonuncusu #{latest}',
    'detail.derivativesWithheld':
      '{id} obyektindən törəmə kimi qeydə alınmış obyektlərin hamısı bu paketdə deyil: ixrac edən onların bəzisini oxuya bilmir, ona görə onların tamlığı göstərilməyib (onların saxlayıcısından öz paketini istəyin)',
    'detail.derivativesCountedFrom':
      'jurnal obyektdən törəmə kimi qeydə alınmış obyektləri {from} qeydindən başlayaraq sayır (qaydaların 3-cü versiyası): {from} qeydindən əvvəl qeydə alınıb bu paketdən bütövlükdə çıxarılmış belə obyekt diqqətdən kənarda qalar',
    'detail.derivativesNoProof':
      '{id} obyektinin törəmələrinin tamlığı göstərilməyib: paket jurnalın ondan törəmə kimi neçə obyekt qeydə aldığını sübut etmir',
    'detail.derivativesNoneInLog':
      '{id} obyektinin törəmələrinin tamlığı göstərilməyib: paketdə {from} qeydindən bəri ondan törəmə obyektlərin {held} qeydiyyatı var, jurnal isə heç birinin olmadığını sübut edir',
    'detail.derivativeMissing':
      '{id} obyektinin bir törəməsi çatışmır: jurnal ondan törəmə obyekti {latest} qeydində qeydə alıb, paketdə isə bu qeyd yoxdur (jurnalda {from} qeydindən bəri belə {count} qeydiyyat var, paketdə {held})',
    'detail.derivativesMissing':
      '{id} obyektinin törəmələri çatışmır: jurnalda {from} qeydindən bəri ondan törəmə obyektlərin {count} qeydiyyatı var, paketdə {held}',
    'detail.pdfUnreadable': 'fayl PDF kimi oxuna bilmir ({reason}), ona görə səhifələri yoxlana bilməz',
    'detail.noRenderRecord':
      'PDF səhifələrinin necə yaradıldığını bildirmir (XMP metaməlumatlarında tam custos yaratma qeydi yoxdur), ona görə onları yenidən yaradıb müqayisə etmək olmur',
    'detail.pagesMatch':
      'hər səhifə təsdiqlənmiş tarixçədən alınanın tam eynisidir: hesabatın təsdiqlənmiş paketdən yenidən yaradılması ({renderer}, {languages}) {hasSignature, select, yes {bu faylın imzalanmış redaksiyasını bayt-bayt verir və faylda ixrac edən orqanın imzasından başqa heç nə yoxdur (sonrakı redaksiya, annotasiya, forma sahəsi və ya əlavə səhifə yoxdur)} other {bu faylı bayt-bayt verir, deməli faylda başqa heç nə yoxdur (sonrakı redaksiya, annotasiya, forma sahəsi və ya əlavə səhifə yoxdur)}}',
    'detail.pagesDiffer':
      'səhifələr təsdiqlənmiş tarixçədən alınana UYĞUN DEYİL: {findings}{hasMore, select, yes {; və daha {more} fərq} other {}}',
    'detail.pagesNotChecked': 'çap olunmuş səhifələr YOXLANILMAYIB: {why}',
    'detail.historyUnverified': 'onların müqayisə ediləcəyi tarixçə təsdiqlənmir',
    'detail.attachmentUndeclared':
      'PDF öz paketinin SHA-256 dəyərini bildirmir («{prefix}» Subject yoxdur), ona görə əlavə edilmiş {file} (SHA-256 {sha256}) çap olunmuş hesabata bağlana bilməz',
    'detail.attachmentMatches':
      'əlavə edilmiş {file} hesabatın bildirdiyi və çap etdiyi SHA-256 dəyərinə malikdir: {sha256}',
    'detail.attachmentReplaced':
      'əlavə edilmiş {file} faylının SHA-256 dəyəri {sha256}-dir, hesabatın bildirdiyi və çap etdiyi {declared} deyil: əlavə hesabat yaradıldıqdan sonra dəyişdirilib və ya əvəz olunub',
    'detail.completeAsOf': '{root}… yoxlama nöqtəsinə görə tamdır (ölçü {size})',
    'detail.complete':
      '{n} subyektin tarixçələri {complete}: jurnalın xəritəsində hər birinin paketdəki sonuncu qeydi və bir o qədər qeyd var: {named}{hasMore, select, yes {, və daha {more}} other {}}',
    'detail.borderProven':
      '{index} saylı qeyd {origin} jurnalının {other} saylı qeydini daşıyır; o, həmin jurnal üçün sabitlənmiş açarla {size} ölçülü yoxlama nöqtəsində sübut olunub',
    'detail.borderNotPinned':
      '{index} saylı qeyd {origin} jurnalının {other} saylı qeydini daşıyır; bu jurnal burada sabitlənməyib: həmin hissə YOXLANILMAYIB (yoxlamaq üçün həmin jurnalın açarını sabitləyin)',
    'detail.borderFailed':
      '{index} saylı qeyd {origin} jurnalının {other} saylı qeydini daşıyır, lakin onun sübutu həmin jurnal üçün sabitlənmiş açar və şahid siyasəti ilə keçmir: {reason}',
    'detail.partsMissing':
      '{format} paketi digər jurnalların hissələrini daşıyır, lakin bu paketdə heç biri yoxdur',
    'detail.partsNotMultiLog':
      '{format} paketi digər jurnalların hissələrini daşıya bilməz: yalnız custos-bundle/v3 daşıyır',
    'detail.partAbsent':
      '{index} saylı qeyd {origin} jurnalının {other} saylı qeydini idxal edir, lakin paket həmin jurnalın hissəsini daşımır: oradakı tarixçə göstərilmir',
    'detail.partUnclaimed':
      '{n} saylı hissə ({origin} jurnalı, onun {other} saylı qeydi) bu paketdəki heç bir idxalın adını çəkdiyi açıqlama deyil',
    'detail.partNotPinned':
      '{origin} jurnalının hissəsi (onun {other} saylı qeydinədək tarixçəsi, {index} saylı qeydlə idxal edilib) YOXLANILMAYIB: burada həmin jurnal üçün heç bir açar sabitlənməyib. Yoxlamaq üçün həmin jurnalın açarını sabitləyin: custos trust add və ya /verify səhifəsində “Digər jurnallar”',
    'detail.partFailed':
      '{index} saylı qeydlə idxal edilmiş {origin} jurnalının hissəsi həmin jurnal üçün sabitlənmiş açar və şahid siyasəti ilə təsdiqlənmir: {reason}',
    'detail.partBundleFailed':
      '{index} saylı qeydlə idxal edilmiş {origin} jurnalının hissəsi həmin jurnal üçün sabitlənmiş açarla təsdiqlənmir: onun paketi təsdiqlənmir: {failures}',
    'detail.partCheckFailed':
      '{check}: {reason}{hasNext, select, yes {; {next}} other {}}{hasMore, select, yes {; daha {more} uğursuz yoxlama} other {}}',
    'detail.partMismatch':
      '{index} saylı qeyd {origin} jurnalının {other} saylı qeydini {named} yarpaq heşi ilə idxal edir, lakin paketdəki həmin jurnalın hissəsi {leafHash} yarpaq heşli qeydi açıqlayır',
    'detail.partVerified':
      '{index} saylı qeyd {item} obyektini {origin} jurnalından idxal edir: həmin jurnalın hissəsi onun üçün sabitlənmiş açarla təsdiqlənir və onun {other} saylı qeydi idxalın adını çəkdiyi açıqlamadır. O, yalnız həmin jurnalın açıqlama zamanı yaradılmış {root}… (ölçü {size}) yoxlama nöqtəsinə qədər tamdır: həmin jurnaldakı sonrakı hadisələr əhatə olunmur',
    'reason.unreadable': 'onu oxumaq mümkün deyil',
    'reason.badSignature': 'yoxlama nöqtəsindəki {name} imzası təsdiqlənmir',
    'reason.notSignedByPinnedKey': 'yoxlama nöqtəsi həmin jurnal üçün sabitlənmiş açarla imzalanmayıb',
    'reason.otherOrigin': 'yoxlama nöqtəsi sabitlənmiş {pinned} jurnalına deyil, {origin} jurnalına aiddir',
    'reason.proofFails': 'onun daxil olma və ya uyğunluq sübutu yoxlama nöqtəsinin kökünə aparmır',
    'reason.malformed': 'onun sübutu və ya yoxlama nöqtəsi düzgün qurulmayıb (kod {code})',
    'reason.failedWithCode': '{code} kodu ilə uğursuz olur',
    'reason.witnessQuorum':
      'tələb olunan {threshold} etibarlı şahiddən {n} yoxlama nöqtəsini birgə imzalayıb{hasCosigners, select, yes { ({cosigners})} other {}}{hasMissing, select, yes {; birgə imzalamayanlar: {missing}} other {}}',
    'reason.proofWithoutEntry':
      'tlog-proof heç bir qeyd daşımır və qeyd verilməyib: daxil olduğu sübut edilən heç nə yoxdur',
    'reason.packageMalformed':
      '{what, select, format {ötürmə paketinin formatı {format} deyil} members {ötürmə paketində formatın müəyyən etmədiyi üzvlər var: {members}} disclosure {ötürmə paketinin açıqlaması dəqiq bir indeks və bir tlog-proof deyil} bundle {ötürmə paketi qeydləri olan məhkəmə paketi daşımır} other {ötürmə paketinin uyğunluq sübutu base64 heşlərinin siyahısı deyil}}',
    'reason.notADisclosure': 'onun paketinin {index} saylı qeydi açıqlama deyil',
    'reason.proofOfOtherEntry':
      'onun tlog-proof sübutu açıqlamanı, {named} saylı qeydi deyil, {proven} saylı qeydi sübut edir',
    'reason.foreignEntryMismatch':
      'tlog-proof {origin} jurnalının {index} saylı qeydini (yarpaq heşi {leafHash}) deyil, {provenOrigin} jurnalının {proven} saylı qeydini (yarpaq heşi {provenLeaf}) sübut edir',
    'detail.tsaUnchecked':
      'TSA siyasəti verilib, lakin vaxt ştampları yoxlanmayıb (verifyBundleWithTime istifadə edin)',
    'detail.tokenFailed': '{size} yoxlama nöqtəsində {n} saylı vaxt ştampı: {reason}',
    'detail.timeContradiction':
      '{entry} saylı qeyd {at} tarixində yazıldığını bildirir, lakin onu ehtiva edən {size} yoxlama nöqtəsi artıq {bound} tarixində mövcud idi ({source})',
    'detail.anchorInvalid':
      '{n} saylı vaxt lövbəri: onun yoxlama nöqtəsi bərkidilmiş jurnal açarı ilə təsdiqlənmir: {reason}',
    'detail.anchorInconsistent':
      '{n} saylı vaxt lövbəri (yoxlama nöqtəsi {size}) paketin {bundleSize} yoxlama nöqtəsi ilə uyğun deyil',
    'detail.reportNotSigned':
      'hesabat onu ixrac edən orqan tərəfindən imzalanmayıb (PAdES imzası yoxdur): onu kimin ixrac etdiyi sübut olunmayıb; səhifələri yenə də təsdiqlənmiş tarixçə ilə yoxlanılır',
    'detail.reportSigned':
      '{key} sertifikatı ilə imzalanıb, SHA-256 {sha256} (subyekt “{subject}”, verən “{issuer}”, etibarlıdır {notBefore} – {notAfter}) {whichTime, select, own {{at} tarixində, imzalayanın öz saatı ilə} checked {{at} tarixində, {tsa} tərəfindən {genTime} vaxt möhürü ilə (sabitlənmiş TSA kökü {root} ilə yoxlanılıb)} other {{at} tarixində, {tsa} tərəfindən {genTime} vaxt möhürü ilə (YOXLANILMAYIB: heç bir TSA kökü sabitlənməyib)}}, {level}: imza öz dəyərindən başqa bütün faylı əhatə edir və ondan sonra heç nə yoxdur. Burada heç bir sertifikatlaşdırma orqanı yoxlanılmır: bu sertifikatın açarına sahib olan imzalayıb; sertifikatın SHA-256 dəyərini ixrac edən orqanın dərc etdiyi ilə müqayisə edin',
    'detail.reportSignatureInvalid': 'hesabatın imzası ETİBARLI DEYİL: {reason}',
    'detail.reportSignatureAppended':
      'hesabatın imzası ETİBARLI DEYİL: imzalanmış aralığın sonundan sonra {n} bayt əlavə edilib (imzadan sonra artımlı yeniləmə) və baxış proqramı onları göstərir',
    'detail.reportSignatureRevision':
      'hesabatın imzası ETİBARLI DEYİL: imzanın redaksiyası Custos-un yazdığı imza sahəsindən artıq şey saxlayır (onunla başqa obyekt, səhifə və ya annotasiya əlavə edilib)',
    'detail.tsaCovered':
      'hər qeyd {k} bərkidilmiş TSA tərəfindən vaxt ştampı vurulmuş yoxlama nöqtəsindədir ({tokens} ştamp təsdiqlənib)',
    'detail.tsaUncovered':
      '{n} qeyd {k} bərkidilmiş TSA tərəfindən vaxt ştampı vurulmuş heç bir yoxlama nöqtəsində deyil (birincisi: qeyd {first})',
    'detail.timeBounds':
      '{total} qeyddən {n} qeydin təsdiqlənmiş vaxt həddi var; TSA kökü bərkidilməyib, ona görə RFC 3161 vaxt ştampları yoxlanmayıb',
    'detail.more':
      'və bu yoxlamanın daha {n, number} {whichStatus, select, fail {uğursuz nəticəsi} warn {xəbərdarlığı} info {qeydi} other {uğurlu nəticəsi}} burada sadalanmır',
    'page.signed': 'İmzalanıb:',
    'page.signatureInvalid': 'İmza ETİBARLI DEYİL:',
    'page.notSigned': 'İmzalanmayıb:',
    'page.signerCertificate': 'İmzalayanın sertifikatının SHA-256 dəyəri',
    'page.signerSubject': 'Sertifikatın subyekti',
    'page.signerIssuer': 'Verən',
    'page.signerValidity': 'Etibarlıdır',
    'page.pagesChecked': 'Çap olunmuş səhifələr yoxlanılıb:',
    'page.pagesNotChecked': 'Çap olunmuş səhifələr YOXLANILMAYIB:',
    'page.pagesDiffer': 'Çap olunmuş səhifələr təsdiqlənmiş tarixçəyə UYĞUN DEYİL:',
    'page.title': 'Custos — məhkəmə paketini yoxlayın',
    'page.language': 'Dil',
    'page.skip': 'Nəticəyə keçin',
    'page.brand': 'saxlanma zənciri jurnalı',
    'page.heading': 'Məhkəmə paketini yoxlayın',
    'page.lede':
      'Sübut obyektinin saxlanma tarixçəsini jurnalın imzalı yoxlama nöqtəsinə qarşı, əmr sətri yoxlayıcısı ilə eyni kodla yoxlayır. Hər şey bu səhifədə baş verir: burada seçdiyiniz heç nə yüklənmir, səhifə diskə saxlanıb şəbəkəsiz açıldıqda da işləyir.',
    'page.stepKey': 'Jurnalın yoxlama açarını təsbit edin',
    'page.logKey': 'Jurnalın yoxlama açarı',
    'page.logKeyHelp':
      'Jurnal operatorunun sizə ayrıca kanalla — məktubla, telefonla, məhkəmə dəftərxanası vasitəsilə — verdiyi açardan istifadə edin. Onu heç vaxt paketdən köçürməyin: paketdəki surət yalnız onunla müqayisə edilir.',
    'page.moreWitness': 'Şahid siyasəti və əvvəlki yoxlama nöqtəsi (məcburi deyil)',
    'page.witnessKeys': 'Etibar etdiyiniz şahid açarları, hər sətirdə bir',
    'page.threshold': 'Onlardan neçəsi birgə imzalamalıdır',
    'page.witnessHelp':
      'Siyasət verildikdə yoxlama nöqtəsində bu şahidlərdən ən azı o qədərinin etibarlı birgə imzası olmalıdır: onlar sizinlə eyni jurnalı görüblər.',
    'page.knownCheckpoint': 'Bu jurnalın əvvəl gördüyünüz yoxlama nöqtəsi',
    'page.checkpointHelp':
      'Paketin yoxlama nöqtəsi ondan köhnə olmamalı və onunla ziddiyyət təşkil etməməlidir: bu, geri qaytarılmış və ya parçalanmış jurnal olardı.',
    'page.moreTsa': 'Vaxt damğası mərkəzləri və postkvant açarı (məcburi deyil)',
    'page.tsaRoots': 'Etibar etdiyiniz vaxt damğası mərkəzlərinin kök sertifikatları (PEM)',
    'page.tsaHelp':
      'TSA kökü verildikdə hər hadisə həmin mərkəzin vaxt damğası vurduğu (RFC 3161) yoxlama nöqtəsində olmalıdır və hər hadisə ən gec həmin vaxt jurnala yazılmış kimi göstərilir.',
    'page.pqKey': 'Jurnalın ML-DSA-44 yoxlama açarı',
    'page.pqHelp':
      'Bu açar verildikdə yoxlama nöqtəsində onun etibarlı postkvant (ML-DSA-44) imzası da olmalıdır.',
    'page.moreOtherLogs': 'Digər jurnallar, bir neçə jurnalı əhatə edən paket üçün (ixtiyari)',
    'page.otherLogs': 'Etibar etdiyiniz digər jurnalların yoxlama açarları, hər sətirdə bir',
    'page.otherLogsHelp':
      'Bir dövlətdə ixrac edilmiş paket obyekti açıqlamış dövlətin jurnalının hissəsini daşıya bilər. Həmin hissə yalnız burada onun jurnalı üçün sabitlədiyiniz açarla yoxlanılır, heç vaxt paketin adını çəkdiyi açarla yox. Açarları yapışdırın və ya etibar anbarı faylını (custos-trust/v1) yükləyin. Onları bu brauzerdə yadda saxlamağı seçməsəniz, yalnız bu səhifə üçün istifadə olunur.',
    'page.otherLogsFile': 'Etibar anbarı faylını yükləyin (custos-trust/v1)',
    'page.rememberOtherLogs': 'Bu açarları və şahid siyasətlərini bu brauzerdə yadda saxla',
    'page.forgetOtherLogs': 'Yadda saxlanmış açarları unut',
    'page.otherLogsRemembered': 'Bu brauzerdə yadda saxlanmış digər jurnal açarları: {n}',
    'page.otherLogsForgotten': 'Bu brauzerdə digər jurnalın heç bir açarı yadda saxlanmayıb.',
    'page.badOtherLogs': 'Digər jurnalların açarlarının {line} saylı sətri jurnal yoxlama açarı deyil.',
    'page.badTrustFile': 'Bu fayl açıq sabitləmələri olan etibar anbarı (custos-trust/v1) deyil.',
    'page.otherLogChanged':
      'Bu brauzerdə {origin} jurnalı üçün başqa açar yadda saxlanıb: operatoru onu həqiqətən dəyişibsə, yadda saxlanmış açarları unudun və yenisini sabitləyin.',
    'page.otherLogWitnesses': 'Etibar etdiyiniz {origin} jurnalının şahidləri, hər sətirdə bir',
    'page.otherLogThreshold': 'Onlardan neçəsi birgə imzalamalıdır',
    'page.otherLogPolicyHelp':
      'Şahidlər verildikdə, həmin jurnalın hissəsi yalnız onun açıqlamasını sübut edən yoxlama nöqtəsi onlardan ən azı bu qədərinin etibarlı birgə imzalarını daşıdıqda nəzərə alınır: etibar anbarının həmin jurnal üçün saxladığı şahid siyasəti (custos trust add --witness). Boş: yalnız jurnalın açarı.',
    'page.badOtherLogWitnesses':
      '{origin} jurnalı üçün şahid siyasətindən istifadə etmək olmur: hər sətir şahidin birgə imza yoxlama açarı olmalıdır, hər şahid bir dəfə.',
    'page.badOtherLogThreshold':
      '{origin} jurnalı üçün neçə şahidin birgə imzalamalı olduğu 1-dən {max}-a qədər tam ədəd olmalıdır.',
    'page.otherLogPolicyKept':
      'Etibar anbarı faylı {origin} jurnalı üçün burada göstəriləndən fərqli şahid siyasəti təyin edir; göstərilən saxlanılır: onu dəyişmək üçün burada redaktə edin.',
    'page.stepBundle': 'Paketi seçin',
    'page.bundleFile': 'bundle.json və ya onun əlavə edildiyi PDF hesabat',
    'page.drop': 'və ya faylı bura atın',
    'page.stepFile': 'Sübut faylını yoxlayın',
    'page.optional': 'məcburi deyil',
    'page.evidenceFile': 'Sübut faylının özü (məsələn, disk obrazı)',
    'page.evidenceHelp':
      'Onun SHA-256 dəyəri burada, hissə-hissə hesablanır və qeydiyyat həşi ilə müqayisə edilir. Böyük fayllar vaxt aparır.',
    'page.hashing': 'Sübut faylının həşi hesablanır',
    'page.verify': 'Yoxla',
    'page.print': 'Çap et',
    'page.proves': 'Təsdiqlənmiş paket nəyi sübut edir və nəyi etmir',
    'page.provesText':
      'O sübut edir ki, açarını təsbit etdiyiniz jurnal bu qeydləri bu ardıcıllıqla, bu iştirakçıların o vaxt etibarlı açarlarla imzaladığı və saxlanma qaydalarına uyğun şəkildə təsdiq edib; şahid siyasəti olduqda isə şahidlər eyni jurnalı görüblər.',
    'page.notProvesText':
      'O sübut etmir ki, tarixçə yoxlama nöqtəsindən sonra tamdır (sonrakı hadisələr ola bilər: yeni paket tələb edin), və ya iştirakçının imzaladığı real həyatda doğrudur. Bunlar iştirakçılara, şahidlərə və məhkəmələrə əsaslanır.',
    'page.footer':
      'custos-bundle/v2 və bir neçə jurnalı əhatə edən v3 (v1 oxunur, lakin tamlıq yoxlamasından keçmir) formatı docs/bundle.md sənədində təsvir olunub. Bu səhifə heç bir şəbəkə sorğusu göndərmir; təhlükəsizlik siyasəti bunu qadağan edir.',
    'page.chooseBundle': 'Yoxlamaq üçün paket seçin.',
    'page.verifying': 'Yoxlanılır…',
    'page.reading': '{name} oxunur…',
    'page.verifiedStatus': 'Təsdiqləndi: {name}',
    'page.failedStatus': 'Uğursuz: {name}',
    'page.computing': 'SHA-256 hesablanır…',
    'page.unreadable': 'oxuna bilmədi: {reason}',
    'page.verified': 'TƏSDİQLƏNDİ',
    'page.failed': 'UĞURSUZ',
    'page.verifiedLede':
      'Bütün yoxlamalar keçdi{hasSubject, select, yes { ({subject} obyekti üçün)} other {}}: açarını təsbit etdiyiniz jurnal bu tarixçəni bu ardıcıllıqla təsdiq edib; onu açarları o vaxt etibarlı olan və saxlanma qaydalarına əməl edən iştirakçılar imzalayıb{hasComplete, select, yes {; tarixçə: {complete}} other {}}.',
    'page.failedLede':
      '{n, plural, one {# yoxlama uğursuz oldu} other {# yoxlama uğursuz oldu}}. Bu tarixçəyə etibar etməyin; uğursuzluqlar aşağıda və “Yoxlamalar” bölməsində sadalanıb.',
    'page.keyNotes':
      '{n, plural, one {{entries} nömrəli qeyd jurnala yazılmasından əvvəlki tarixdən etibarən sonradan təhlükəsizliyi pozulmuş elan edilmiş açarla imzalanıb. Jurnal onun bu elandan əvvəl yazıldığını sübut edir, ona görə yoxlamadan keçir; onu ehtiyatla qiymətləndirin (tarixçədə və “Yoxlamalar” bölməsində qeyd olunub).} other {{entries} nömrəli qeydlər jurnala yazılmasından əvvəlki tarixdən etibarən sonradan təhlükəsizliyi pozulmuş elan edilmiş açarla imzalanıb. Jurnal onların bu elandan əvvəl yazıldığını sübut edir, ona görə yoxlamadan keçirlər; onları ehtiyatla qiymətləndirin (tarixçədə və “Yoxlamalar” bölməsində qeyd olunub).}}',
    'page.derivativesIncluded':
      '{included, select, yes {Paket elementin törəmələrini əhatə edir: onların tarixçələri elementin tarixçəsi ilə birlikdə yoxlanılıb.} other {Paket elementin törəmələrini əhatə etmir: onların tarixçələri bu yoxlamaya daxil deyil.}}',
    'page.more': 'və daha {n}',
    'page.attachedTo': '{name} faylına əlavə edilmiş paket',
    'page.items': '{n, plural, one {Sübut obyekti} other {Sübut obyektləri}}',
    'page.notVerified': '{title} (təsdiqlənməyib)',
    'page.custodianNow': 'Hazırkı saxlayıcı',
    'page.registered': 'Qeydiyyata alınıb',
    'page.status': 'Vəziyyəti',
    'page.derivatives': 'Törəmələr',
    'page.checkpointHelpResult': 'Hər qeydin daxil olduğu sübut edilmiş imzalı ağac başlığı.',
    'page.log': 'Jurnal',
    'page.rootHash': 'Kök həşi',
    'page.witnesses': 'Şahidlər',
    'page.noneCosigned': 'heç kim birgə imzalamayıb',
    'page.requests': 'Qarşılıqlı hüquqi yardım',
    'page.when': 'Nə vaxt (UTC)',
    'page.event': 'Hadisə',
    'page.by': 'Kim',
    'page.whatHappened': 'Nə baş verib',
    'page.timeline': 'Tarixçə',
    'page.timelineWarning':
      'Paket yoxlamadan keçmədi: bu, jurnalın sübut etdiyi deyil, paketin iddia etdiyidir.',
    'page.timelineCaption': 'Jurnal ardıcıllığı ilə saxlanma hadisələri',
    'page.location': 'Yer: {location}',
    'page.sealLine': 'Möhür: {seal}',
    'page.itemLine': 'sübut obyekti {item}',
    'page.checks': 'Yoxlamalar',
    'page.checksSummary':
      '{n, plural, one {# yoxlama} other {# yoxlama}}, {failed} uğursuz. Uğursuzluqlar qeydi jurnal indeksi ilə göstərir.',
    'page.checksCaption': 'Yoxlayıcının apardığı bütün yoxlamalar, ardıcıllıqla',
    'page.code': 'kod: {code}',
    'page.statusPass': 'KEÇDİ',
    'page.statusFail': 'UĞURSUZ',
    'page.statusWarn': 'XƏBƏRDARLIQ',
    'page.statusInfo': 'MƏLUMAT',
    'page.subjectTag': 'paketin obyekti',
    'page.needKey':
      'Əvvəlcə jurnalın yoxlama açarını təsbit edin: operatorun sizə verdiyini, paketdəki surəti yox.',
    'page.badThreshold': 'Şahid həddi 1-dən {max}-dək tam ədəd olmalıdır (verilmiş şahid açarlarının sayı).',
    'page.badTsaRoots': 'TSA kökləri PEM sertifikatları olmalıdır (BEGIN CERTIFICATE).',
    'page.reviewed': 'Tərcüməni yoxlayan: {reviewer}.',
    'page.unreviewed':
      'Maşın tərcüməsi qaralamasıdır, ixtisaslı hüquqi tərcüməçi tərəfindən hələ yoxlanılmayıb.',
  },
};

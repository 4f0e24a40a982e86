/**
 * Russian. Machine-drafted from the English catalogue: a qualified legal translator must review
 * it before `reviewedBy` is set; until then every report says so.
 * @module
 */
import type { Catalogue } from './catalogue.ts';

export const RU: Catalogue = {
  language: 'ru',
  name: 'Русский',
  direction: 'ltr',
  origin: 'machine-drafted',
  reviewedBy: null,
  messages: {
    'report.title': 'Отчёт о цепочке хранения: объект {item}',
    'report.verified': 'ПОДТВЕРЖДЕНО',
    'report.notVerified': 'НЕ ПОДТВЕРЖДЕНО',
    'report.verifiedDetail':
      'Все проверки пройдены с закреплённым ключом журнала: приведённая ниже история хранения — та, которую зафиксировал журнал.',
    'report.notVerifiedDetail':
      'Как минимум одна проверка не пройдена (см. «Проверка»). Приведённые ниже сведения — лишь то, что утверждает пакет: не полагайтесь на них.',
    'report.compromised':
      'Записи {entries} подписаны ключом, позднее объявленным скомпрометированным с момента, предшествующего их внесению в журнал: они внесены до этого объявления и потому проходят проверку, но оценивайте их с осторожностью (отмечены ниже).',
    'report.item': 'Объект',
    'report.generated': 'Отчёт составлен',
    'report.bundleMade': 'Пакет сформирован',
    'report.exportedBy': 'Экспортировал',
    'report.derivatives': 'Истории производных',
    'report.derivativesIncluded':
      '{included, select, yes {включены, проверены вместе с историей объекта} other {не включены}}',
    'report.bundleSha256': 'SHA-256 пакета',
    'report.language': 'Язык',
    'report.unprintable':
      'Для некоторых символов в шрифтах этого PDF нет глифов; каждый показан как [U+кодовая точка], точный текст содержится во вложенном файле bundle.json: {codes}.',
    'report.seeBundle': '… [см. bundle.json]',
    'report.footer': 'Объект {item} · {verdict} · SHA-256 пакета {sha256}',
    'report.page': 'Страница {n} из {of}',
    'report.reviewed': 'Перевод проверен: {reviewer}. Вложенный файл bundle.json является подлинной записью.',
    'report.unreviewed':
      'Черновой машинный перевод, ещё не проверенный квалифицированным юридическим переводчиком. Вложенный файл bundle.json является подлинной записью.',
    'report.generatedAt': 'отчёт составлен {time}',
    'time.utc': '{time} UTC',
    'time.recorded': '{utc} (записано как {local})',
    'time.logged': 'внесено в журнал {time}',
    'time.byTsa': 'TSA {name}',
    'time.byWitness': 'свидетель {name}',
    'time.noLaterThan': 'не позднее {time}',
    'case.section': 'Дело и запросы',
    'case.reference': 'Номер дела',
    'case.title': 'Название',
    'case.organisation': 'Организация',
    'case.state': 'Государство',
    'case.none': 'В пакете не указано ни одного дела.',
    'request.heading': 'Запросы между государствами',
    'request.request': 'Запрос',
    'request.type': 'Вид',
    'request.fromTo': 'От кого → кому',
    'request.parties':
      '{requestingAuthority} ({requestingState}) → {requestedAuthority} ({requestedState}, орган назначен записью {designation})',
    'request.legalBasis': 'Правовое основание',
    'request.status': 'Статус',
    'request.none': 'Запросов о правовой помощи, касающихся этого объекта, нет.',
    'item.none': 'Подтверждённой регистрации объекта нет (см. «Проверка»).',
    'item.the': 'Объект: {id}',
    'item.related': 'Связанный объект: {id}',
    'item.description': 'Описание',
    'item.case': 'Дело',
    'item.exhibit': 'Номер вещественного доказательства',
    'item.size': 'Размер',
    'item.mediaType': 'Тип данных',
    'item.origin': 'Происхождение',
    'item.originUnknown': 'в пакете не указано',
    'item.registered': 'Зарегистрирован (в журнале)',
    'item.custodian': 'Хранитель (по последней записи здесь)',
    'item.status': 'Статус (по последней записи здесь)',
    'item.derivedFrom': 'Получен из',
    'item.relation': 'Связь',
    'item.sourceOf': 'источник, с которого скопирован {id}',
    'item.originObtained': '{method}{hasLocation, select, yes {, место: {location}} other {}}',
    'item.originAuthorisation': 'на основании: {type} {reference}, выдан: {issuer}',
    'item.originRequest': 'по запросу {request}',
    'item.originCollected': 'изъял: {person}, {time}',
    'item.originCopy': 'копия {item} ({method}), создана с помощью {tool}, выполнил: {person}, {time}',
    'item.preservation': 'Обеспечение сохранности',
    'item.preservationValue':
      'постановление {order}{hasBasis, select, yes {, основание: {basis}} other {}}, с {since} до {until}: на {asOf} (последняя запись пакета) {hasForce, select, yes {действует} other {ИСТЕКЛО}}',
    'item.legalHold': 'Запрет на уничтожение (legal hold)',
    'item.legalHoldValue': '{reference}, наложен на {on}, действует на момент контрольной точки пакета',
    'item.retention': 'Срок хранения',
    'item.retentionValue':
      '{hasCategory, select, yes {категория {category} ({basis}), хранится до {until}; } other {}}{hasLimit, select, yes {хранится не дольше {limit} (условия, установленные {state}); } other {}}{isDue, select, yes {ПОДЛЕЖИТ ПЕРЕСМОТРУ с {reviewAt}} other {пересмотр {reviewAt}}} на {asOf} (последняя запись пакета){hasOverride, select, yes {; досрочное распоряжение предписано ({reference})} other {}}',
    'size.bytes': '{n, plural, one {# байт} few {# байта} many {# байтов} other {# байта}}',
    'custody.section': 'История хранения',
    'custody.intro':
      'Одна строка на событие, в порядке внесения в журнал. «#» — позиция записи в журнале, на которую ссылается раздел проверки; время указано в UTC, рядом — смещение, записанное участником.',
    'custody.when': 'Когда (произошло; внесено)',
    'custody.who': 'Кто',
    'custody.what': 'Что',
    'custody.where': 'Где',
    'custody.seal': 'Пломба',
    'custody.digest': 'Хеш',
    'custody.none': 'В пакете нет событий хранения этого объекта.',
    'custody.inLog': 'в журнале {origin}',
    'custody.crossedOut':
      'ГРАНИЦА: хранение перешло из этого журнала в журнал {origin}, который импортировал его своей записью {index}',
    'custody.crossedIn':
      'ГРАНИЦА: хранение перешло в этот журнал из журнала {origin}, который раскрыл его своей записью {index}',
    'custody.match': 'совпадает',
    'custody.mismatch': 'НЕ СОВПАДАЕТ',
    'derivatives.section': 'Цепочка производных объектов',
    'derivatives.intro':
      'Каждая стрелка ведёт от объекта к снятым с него копиям, как их зафиксировал журнал.',
    'derivatives.none':
      'Производных объектов нет: ничто в этом пакете не копировалось с этого объекта или на него.',
    'verification.section': 'Проверка',
    'verification.noCheckpoint':
      'Ни одну контрольную точку не удалось проверить закреплённым ключом журнала.',
    'verification.intro':
      'Пакет проверен по этой подписанной контрольной точке журнала, открытой ключом проверки журнала, который закрепил составитель отчёта:',
    'verification.origin': 'Источник контрольной точки',
    'verification.treeSize': 'Размер дерева',
    'verification.entries': '{n, plural, one {# запись} few {# записи} many {# записей} other {# записи}}',
    'verification.rootHash': 'Корневой хеш (base64)',
    'verification.keyId': 'Идентификатор ключа журнала',
    'verification.witnesses': 'Заверившие свидетели',
    'verification.noWitnesses': 'не проверялись (политика свидетелей не задана)',
    'verification.result': 'Результат',
    'verification.check': 'Проверка',
    'verification.entry': 'Запись',
    'verification.detail': 'Подробности',
    'verification.noChecks': 'Проверки не проводились.',
    'status.pass': 'ПРОЙДЕНО',
    'status.fail': 'ОШИБКА',
    'status.warn': 'ВНИМАНИЕ',
    'status.info': 'ПРИМЕЧАНИЕ',
    'check.format': 'Формат',
    'check.log-key': 'Ключ журнала',
    'check.checkpoint': 'Контрольная точка',
    'check.witnesses': 'Свидетели',
    'check.post-quantum': 'Постквантовая подпись',
    'check.time': 'Время',
    'check.rollback': 'Откат',
    'check.entries': 'Записи',
    'check.inclusion': 'Включение',
    'check.signatures': 'Подписи',
    'check.genesis': 'Начало журнала',
    'check.rules': 'Правила хранения',
    'check.chain': 'Цепочка',
    'check.revocations': 'Отзывы ключей',
    'check.digests': 'Хеши',
    'check.derivatives': 'Производные объекты',
    'check.subject': 'Объект',
    'check.file': 'Файл доказательства',
    'check.attachment': 'Вложение PDF',
    'check.log-origin': 'Источник журнала',
    'check.pages': 'Напечатанные страницы',
    'check.signature': 'Подпись экспортировавшего органа',
    'check.report-signature': 'Подпись отчёта',
    'check.completeness': 'Полнота',
    'check.border': 'Граница',
    'check.parts': 'Части других журналов',
    'check.detailInEnglish': 'Подробности проверяющей программы, на английском:',
    'bundle.section': 'Пакет',
    'bundle.intro':
      'Судебный пакет (формат custos-bundle, docs/bundle.md) — подписанные данные, из которых составлен этот отчёт. PDF-версия отчёта содержит его как вложенный файл bundle.json.',
    'bundle.sha256': 'SHA-256',
    'bundle.entries': 'Записи',
    'bundle.origin': 'Источник журнала',
    'bundle.key': 'Ключ журнала в пакете',
    'guide.section': 'Как независимо проверить этот отчёт',
    'guide.intro':
      'Напечатанное в этом отчёте можно проверить, а не принимать на веру. Подписанные данные, из которых составлен отчёт, вложены в PDF как bundle.json; проверяющая программа проверяет эти данные, затем заново строит из них эти страницы и сравнивает их с файлом — без доверия к серверу Custos или его сотрудникам.',
    'guide.step1':
      'Получите ключ проверки журнала по независимому каналу: у оператора журнала письмом, по телефону (продиктовав идентификатор ключа) или через канцелярию суда. Никогда не берите его из этого отчёта или из пакета — их копии лишь сравниваются с ним.',
    'guide.step1Key': 'Ключ, которым проверен этот отчёт, имеет идентификатор {keyId}.',
    'guide.step2':
      'Запустите проверяющую программу Custos для PDF, указав этот ключ (команда ниже); доступ к сети не нужен. Она извлекает вложенный bundle.json, проверяет, что его SHA-256 совпадает с напечатанным в отчёте, проверяет каждую подпись, доказательство включения и правило хранения, а затем требует, чтобы каждая страница файла в точности совпадала с тем, что строится из проверенной истории: изменённая, добавленная или удалённая страница указывается по номеру.',
    'guide.step3':
      'Или откройте страницу /verify сервера Custos в браузере, выберите этот PDF и введите тот же ключ. Она выполняет те же проверки; чтобы проверить страницы, она загружает шрифты отчёта с этого сервера, поэтому сохранённая копия страницы, открытая без сети, проверяет историю и сообщает, что страницы НЕ проверены.',
    'guide.step4':
      'Если у вас есть сам файл доказательства, его SHA-256 (например, вычисленный sha256sum) должен совпадать с зарегистрированным SHA-256, напечатанным в этом отчёте.',
    'guide.proves': 'Что доказывает подтверждённый результат',
    'guide.provesText':
      'Что журнал, ключ которого вы закрепили, зафиксировал в этом порядке показанные записи, подписанные названными участниками ключами, действительными в тот момент, с соблюдением правил хранения; а если свидетели заверили — что они видели тот же журнал.',
    'guide.notProves': 'Чего он не доказывает',
    'guide.notProves1':
      'Что история полна после контрольной точки: могут существовать более поздние события — запросите свежий пакет.',
    'guide.notProves2': 'Что ни у одного участника вне пакета не было совпадающего ключа.',
    'guide.notProves3':
      'Что подписанное участником соответствует действительности. Это зависит от участников, свидетелей и судов.',
    'event.registered':
      'зарегистрирован: {description}; способ получения: {method}{hasLocation, select, yes {, место: {location}} other {}}; изъял: {collector}',
    'event.sealed': 'опечатан пломбой {seal}',
    'event.unsealed': 'пломба {seal} вскрыта: {reason}',
    'event.handedOver':
      'передан: {to}, цель: {purpose}{hasChannel, select, yes {, способ: {channel}} other {}}',
    'event.handoverCancelled': 'передача отменена: {reason}',
    'event.received':
      'получен; SHA-256 перепроверен: {hasMatch, select, yes {совпадает} other {НЕ СОВПАДАЕТ}} с зарегистрированным хешем{hasCondition, select, yes {; {condition}} other {}}',
    'event.examined':
      'исследован, цель: {purpose}, средство: {tool}{hasFindings, select, yes {; результаты: {findings}} other {}}',
    'event.copied': 'скопирован в производный объект {derivative} ({description}) с помощью {tool}',
    'event.created': 'создан как копия {item} с помощью {tool} ({method})',
    'event.verified':
      'хеш пересчитан: {hasMatch, select, yes {совпадает} other {НЕ СОВПАДАЕТ}} с зарегистрированным хешем',
    'event.preserved':
      'обеспечена сохранность по постановлению {order} до {until}{hasRequest, select, yes { (запрос {request})} other {}}',
    'event.preservationExtended': 'срок обеспечения сохранности продлён до {until}',
    'event.preservationReleased': 'обеспечение сохранности прекращено: {reason}',
    'event.disclosed':
      'раскрыт: {to}, по запросу {request}: {scope}{hasConditions, select, yes {; условия: {conditions}} other {}}{hasConditionsOnUse, select, yes {; условия использования: {conditionsOnUse}} other {}}',
    'event.disclosedToAuthority':
      'раскрыт: {authority} ({state}, орган назначен записью {designation}), по запросу {request}: {scope}{hasConditions, select, yes {; условия: {conditions}} other {}}{hasConditionsOnUse, select, yes {; условия использования: {conditionsOnUse}} other {}}',
    'event.holdPlaced': 'наложен запрет на уничтожение {reference}: {reason}',
    'event.holdLifted': 'снят запрет на уничтожение ({reference}): {reason}',
    'event.retentionSet': 'отнесено к категории хранения {category}: {reason}',
    'event.retentionOverridden':
      'досрочное распоряжение до истечения срока хранения предписано ({reference}): {reason}',
    'event.imported':
      'импортирован из журнала {origin}, где запись {index} раскрыла объект {item}: {description}',
    'event.transferReceipt':
      'подтверждение получения раскрытия {disclosure}: импортирован в журнал {origin} как запись {index}',
    'event.useConsented':
      'согласие предоставившего государства на {hasOnward, select, yes {дальнейшую передачу: {to}} other {{hasPurpose, select, yes {использование для цели: {purpose}} other {использование в качестве доказательства в суде}}}}: {reason}',
    'event.useConsentedToAuthority':
      'согласие предоставившего государства на дальнейшую передачу: {authority} ({state}, орган назначен записью {designation}): {reason}',
    'event.returned': 'возвращён: {to}: {reason}',
    'event.destroyed':
      'уничтожен, способ: {method} ({authorisation}){hasWitness, select, yes {, при свидетеле: {witness}} other {}}',
    'event.annotated':
      'примечание: {text}{hasCorrects, select, yes { (исправляет более раннюю запись)} other {}}',
    'keyNote.compromised':
      'Подписано ключом, позднее объявленным скомпрометированным с {from}; объявил {by}, {at} (запись {entry}).',
    'keyNote.issued':
      'Подписано ключом, который администратор {by} выдал от имени {actor} {at} (запись {entry}).',
    'origin.seizure': 'изъятие',
    'origin.production-order': 'распоряжение о предоставлении',
    'origin.preservation': 'обеспечение сохранности',
    'origin.voluntary-disclosure': 'добровольная выдача',
    'origin.foreign-authority': 'передача иностранным органом',
    'origin.derived': 'получение из другого объекта',
    'itemStatus.active': 'на хранении',
    'itemStatus.returned': 'возвращён',
    'itemStatus.destroyed': 'уничтожен',
    'requestType.mutual-legal-assistance': 'взаимная правовая помощь',
    'requestType.preservation-stored-data': 'срочное обеспечение сохранности хранимых данных',
    'requestType.preservation-traffic-data': 'срочное обеспечение сохранности данных о трафике',
    'requestType.production': 'распоряжение о предоставлении',
    'requestType.network-24-7': 'запрос через сеть 24/7',
    'requestType.spontaneous-information': 'информация, предоставляемая по собственной инициативе',
    'requestStatus.recorded': 'зарегистрирован',
    'requestStatus.received': 'получен',
    'requestStatus.accepted': 'принят',
    'requestStatus.executed': 'исполнен',
    'requestStatus.partially-executed': 'исполнен частично',
    'requestStatus.refused': 'в исполнении отказано',
    'requestStatus.withdrawn': 'отозван',
    'eventType.registered': 'регистрация',
    'eventType.created': 'создан как копия',
    'eventType.sealed': 'опечатывание',
    'eventType.unsealed': 'вскрытие пломбы',
    'eventType.handed-over': 'передача',
    'eventType.handover-cancelled': 'отмена передачи',
    'eventType.received': 'приём',
    'eventType.examined': 'исследование',
    'eventType.copied': 'копирование',
    'eventType.verified': 'повторное хеширование',
    'eventType.preserved': 'обеспечение сохранности',
    'eventType.preservation-extended': 'продление сохранности',
    'eventType.preservation-released': 'снятие сохранности',
    'eventType.disclosed': 'передача сведений',
    'eventType.returned': 'возврат',
    'eventType.destroyed': 'уничтожение',
    'eventType.annotated': 'примечание',
    'eventType.use-consented': 'согласие на использование',
    'eventType.hold-placed': 'наложение запрета на уничтожение',
    'eventType.hold-lifted': 'снятие запрета на уничтожение',
    'eventType.imported': 'импортирован из другого журнала',
    'eventType.transfer-receipt': 'подтверждение получения от журнала-получателя',
    'subjectKind.actor': 'участника',
    'subjectKind.case': 'дела',
    'subjectKind.request': 'запроса',
    'subjectKind.item': 'объекта',
    'subjectKind.designations': 'назначений',
    'subjectKind.retention': 'категории хранения',
    'subjectKind.derivatives': 'объектов, производных от объекта',
    'eventType.retention-set': 'отнесение к категории хранения',
    'eventType.retention-overridden': 'досрочное распоряжение до истечения срока хранения',
    'revocationReason.compromised': 'скомпрометирован',
    'revocationReason.lost': 'утерян',
    'revocationReason.superseded': 'заменён',
    'revocationReason.left-organisation': 'уход из организации',
    'revocationReason.other': 'иная причина',
    'item.holdOnItem': 'объект {id}',
    'item.holdOnCase': 'дело {id}',
    'conditions.onUse':
      'разрешённые цели: {purposes}; дальнейшая передача: {hasOnwardPermitted, select, yes {разрешена} other {только с согласия предоставившего государства}}; использование в качестве доказательства: {hasEvidencePermitted, select, yes {разрешено} other {только с согласия предоставившего государства}}{hasRetainUntil, select, yes {; хранить не дольше {retainUntil}} other {}}{hasDataProtection, select, yes {; защита данных: {dataProtection}} other {}}',
    'detail.notBundle': 'это не custos-bundle (v1 или v2): {path} {problem}',
    'detail.format': '{format} для объекта {item}, создан {createdAt}',
    'detail.jsonRefused': '{name} отклонён: {reason}',
    'detail.jsonInvalid': '{name}: {reason}',
    'detail.theBundle': 'пакет',
    'detail.fileNoItems': 'нет подтверждённого объекта, с которым можно сравнить {file}',
    'detail.fileMatches': 'у {file} зарегистрированный SHA-256 объекта {item}',
    'detail.fileMismatch':
      'у {file} SHA-256 {sha256}, не зарегистрированный ни для одного из объектов пакета ({n}: {items}): это не данное доказательство, либо оно изменено',
    'detail.logKeyInvalid': 'закреплённый ключ журнала не является действительным ключом проверки: {reason}',
    'detail.witnessKeyInvalid': 'ключ свидетеля {key} не является ключом проверки косигнатур: {reason}',
    'detail.checkpointInvalid': 'контрольная точка не проверяется закреплённым ключом журнала: {reason}',
    'detail.checkpoint':
      'контрольная точка {origin} при размере дерева {size}, корень {root}, подписана закреплённым ключом журнала',
    'detail.witnesses':
      'подписали {n} из {threshold} требуемых свидетелей{hasCosigners, select, yes { ({cosigners})} other {}}{hasMissing, select, yes {; отсутствуют: {missing}} other {}}',
    'detail.witnessesNoPolicy':
      '{hasCosigners, select, yes {косигнатуры: {cosigners} (политика свидетелей не задана)} other {политика свидетелей не задана}}',
    'detail.logKeyNamed': 'пакет указывает закреплённый ключ журнала {name} (ID ключа {keyId})',
    'detail.logOriginNamed': 'пакет указывает источник журнала {name} — тот же, что у закреплённого ключа',
    'detail.logMemberDiffers': 'пакет указывает log.{member} {value}, а закреплено {pinned}',
    'detail.logMemberUnpinned':
      'поле пакета log.{member} ничем не закреплено у проверяющего, поэтому его нельзя проверить',
    'detail.pqKeyInvalid': 'закреплённый ключ ML-DSA-44 непригоден: {reason}',
    'detail.pqSigned': 'контрольная точка также несёт действительную подпись ML-DSA-44 закреплённым ключом',
    'detail.pqRequired':
      'политика требует подписи ML-DSA-44 закреплённым ключом, а у контрольной точки её нет',
    'detail.pqMissing': 'у контрольной точки нет подписи ML-DSA-44 закреплённым ключом',
    'detail.seenInvalid': 'ранее виденная вами контрольная точка не проверяется: {reason}',
    'detail.seenSame': 'то же дерево, что и в виденной вами контрольной точке (размер {size})',
    'detail.forked':
      'два разных корня для размера дерева {size}: журнал раздвоился; сохраните обе контрольные точки как доказательство',
    'detail.seenEmpty':
      'виденная вами контрольная точка — пустое дерево: с ней согласуется любое более позднее',
    'detail.consistencyUnproven':
      'контрольная точка пакета (размер {size}) {hasNewer, select, yes {новее} other {старше}} виденной вами (размер {seen}); без сети это ничего не доказывает: выполните проверку с --online, чтобы журнал доказал, что это одна история',
    'detail.consistent':
      'доказана согласованность с виденной вами контрольной точкой (размер {seen}): дерево журнала размера {older} — префикс его дерева размера {newer} (RFC 9162)',
    'detail.inconsistent':
      'доказательство согласованности журнала от размера {older} до {newer} не выполняется: контрольная точка пакета и виденная вами — не одна история; сохраните обе как доказательство',
    'detail.entryMalformed': 'запись имеет неверный формат: {reason}',
    'detail.outOfOrder':
      'запись {entry} идёт после записи {previous}: записи должны следовать в порядке журнала, каждая один раз',
    'detail.beyondCheckpoint':
      'запись {entry} не доказана в журнале: её индекс выходит за размер контрольной точки {size} (откат контрольной точки?)',
    'detail.proofMismatch':
      'запись {entry} не доказана в журнале: её доказательство включения не ведёт к корню контрольной точки (изменена запись или доказательство)',
    'detail.entries':
      '{n} из {total} записей — канонический JCS, правильно сформированы и идут в порядке журнала',
    'detail.inclusion': 'включение {n} из {total} записей в контрольную точку доказано (RFC 9162)',
    'detail.inclusionNoCheckpoint': 'без подтверждённой контрольной точки включение проверить нельзя',
    'detail.genesis': 'цепочка доверия начинается с записи 0, исходного администратора {actor}',
    'detail.noGenesis':
      'пакет не начинается с исходного администратора (запись 0): подписантов нельзя возвести к конфигурации журнала',
    'detail.notAsLogged': 'запись {entry} не такова, какой её записал бы журнал (время не в формате журнала)',
    'detail.chainGap':
      'запись {entry} не следует за предыдущей записью своего предмета в этом пакете: запись отсутствует или нарушен порядок',
    'detail.ruleBroken': 'запись {entry} нарушает правило {code}: {reason}',
    'detail.chainBroken': 'цепочка записей нарушена (см. выше)',
    'detail.chain':
      'каждое событие указывает предыдущую запись своего предмета: без пропусков и перестановок',
    'detail.rulesNoVersion':
      '{n} из {total} записей получены из журнала, не объявлявшего версию правил: они проверены по версии 1, по правилам, действовавшим при их записи',
    'detail.rulesOlderVersion':
      '{n} из {total} записей внесены до записи {from}, с которой журнал применяет версию {version} правил: каждая проверена по версии, действовавшей для неё',
    'detail.rulesMoved':
      'журнал изменил версию правил для записей, уже охваченных контрольной точкой, которую вы видели ({reason})',
    'detail.rulesLineInvalid': 'строку правил контрольной точки невозможно прочитать: {reason}',
    'detail.rules':
      '{n} из {total} записей соответствуют правилам хранения при повторном применении (те же правила, что на сервере)',
    'detail.signatureBad': 'запись {entry}: подпись {actor} не проверяется по её содержимому',
    'detail.signatures': 'подписи {n} из {total} записей проверены (Ed25519, строгий RFC 8032)',
    'detail.subject': 'объект {item} зарегистрирован в пакете: {description}',
    'detail.noSubject': 'пакет не содержит регистрации объекта {item}',
    'detail.digestMismatch':
      'запись {entry}: {actor} зафиксировал, что объект {item} НЕ совпал со своим зарегистрированным SHA-256 ({type})',
    'detail.digests':
      'повторных проверок хеша, совпавших с зарегистрированными: {n}{hasMismatches, select, yes {; зафиксировано несовпадений: {mismatches} (см. выше)} other {}}{hasIgnored, select, yes {; в недоказанных или неподписанных записях, не учтено: {ignored}} other {}}',
    'detail.orphan':
      'объект {item} заявлен как производный от {parent}, история которого отсутствует в пакете',
    'detail.derivatives': 'производных объектов: {n}; каждый создан из исходного его хранителем',
    'detail.noDerivatives': 'производных объектов нет',
    'detail.compromisedLater':
      'запись {entry} подписана {actor} ключом, позднее объявленным скомпрометированным с {from}; объявил {by} {at} (запись {declaration}, {reason}{hasNote, select, yes {: {note}} other {}}); журнал доказывает, что запись внесена до этого объявления',
    'detail.issuedByAdministrator':
      'запись {entry} подписана {actor} ключом, который администратор {by} выдал от его имени {at} (запись {since}): ключ мог находиться у {by}',
    'detail.compromisedSummary':
      '{n} {n, plural, one {запись подписана} few {записи подписаны} many {записей подписано} other {записи подписано}} ключом, позднее объявленным скомпрометированным на момент до их внесения (см. выше); каждая внесена до объявления и поэтому проверяется, но её следует оценивать с учётом этого',
    'detail.revocations':
      'ни одна запись не подписана ключом, отозванным до её внесения или объявленным скомпрометированным на момент до её внесения',
    'detail.noCompleteness':
      'этот пакет {format} не содержит доказательства полноты: он показывает, что его записи есть в журнале, но не что история объекта {item} полна (запросите новую выгрузку)',
    'detail.mapLineMalformed': 'строка карты историй в контрольной точке имеет неверный формат: {reason}',
    'detail.noMap':
      'контрольная точка (размер {size}) не фиксирует карту историй, поэтому полноту истории объекта {item} показать нельзя',
    'detail.incompleteNoProof':
      'полнота истории {kind} {id} не показана: в пакете нет для неё доказательства полноты',
    'detail.incompleteBadProof':
      'полнота истории {kind} {id} не показана: доказательство по карте историй не соответствует контрольной точке ({reason})',
    'detail.incompleteNoHistory':
      'полнота истории {kind} {id} не показана: журнал доказывает, что на момент контрольной точки истории нет вовсе',
    'detail.incompleteCount':
      'полнота истории {kind} {id} не показана: в журнале записей {count}, последняя #{latest}; в пакете {held}, последняя #{last}',
    'detail.incompleteLatest':
      'полнота истории {kind} {id} не показана: последняя запись журнала #{latest} — не запись пакета #{last}',
    'detail.incompleteWithheld':
      'полнота истории {kind} {id} не показана: пакет содержит её записи, но объявляет её удержанной',
    'detail.derivativeWithheld':
      'истории производного объекта {id} нет в этом пакете, и её полнота не показана: выгрузивший не вправе её читать (запросите собственный пакет у её держателя)',
    'detail.incompleteNoneNoProof':
      'полнота истории {kind} {id} не показана: это производный объект, ни одной записи которого нет в пакете, и в пакете нет для него доказательства полноты',
    'detail.incompleteNoneHeld':
      'полнота истории {kind} {id} не показана: это производный объект, ни одной записи которого нет в пакете; в журнале записей {count}, последняя #{latest}',
    'detail.derivativesWithheld':
      'не все объекты, зарегистрированные как производные от объекта {id}, есть в этом пакете: экспортёр не может прочитать некоторые из них, поэтому их полнота не показана (запросите у их держателя собственный пакет)',
    'detail.derivativesCountedFrom':
      'журнал учитывает объекты, зарегистрированные как производные от объекта, начиная с записи {from} (версия 3 правил): такой объект, зарегистрированный до записи {from} и целиком изъятый из пакета, останется незамеченным',
    'detail.derivativesNoProof':
      'полнота производных объекта {id} не показана: пакет не доказывает, сколько объектов журнал зарегистрировал как производные от него',
    'detail.derivativesNoneInLog':
      'полнота производных объекта {id} не показана: в пакете {held} регистраций производных от него объектов начиная с записи {from}, а журнал доказывает, что у него их нет',
    'detail.derivativeMissing':
      'отсутствует производный объект от объекта {id}: журнал зарегистрировал производный от него объект в записи {latest}, которой нет в пакете (в журнале таких регистраций {count} начиная с записи {from}, в пакете {held})',
    'detail.derivativesMissing':
      'отсутствуют производные объекта {id}: в журнале {count} регистраций производных от него объектов начиная с записи {from}, в пакете {held}',
    'detail.pdfUnreadable': 'файл не читается как PDF ({reason}), поэтому его страницы проверить нельзя',
    'detail.noRenderRecord':
      'PDF не сообщает, как были созданы его страницы (в метаданных XMP нет полной записи custos о формировании), поэтому их нельзя сформировать заново и сравнить',
    'detail.pagesMatch':
      'каждая страница в точности соответствует подтверждённой истории: повторное формирование отчёта из подтверждённого пакета ({renderer}, {languages}) даёт {hasSignature, select, yes {подписанную редакцию этого файла байт в байт, и кроме подписи выдавшего органа файл ничего не содержит (ни более поздней редакции, ни аннотаций, ни полей формы, ни лишних страниц)} other {этот файл байт в байт, поэтому файл ничего больше не содержит (ни более поздней редакции, ни аннотаций, ни полей формы, ни лишних страниц)}}',
    'detail.pagesDiffer':
      'страницы НЕ соответствуют подтверждённой истории: {findings}{hasMore, select, yes {; и ещё различий: {more}} other {}}',
    'detail.pagesNotChecked': 'напечатанные страницы НЕ проверены: {why}',
    'detail.historyUnverified': 'история, с которой их нужно сравнить, не подтверждена',
    'detail.attachmentUndeclared':
      'PDF не указывает SHA-256 своего пакета (нет поля Subject «{prefix}»), поэтому вложенный {file} (SHA-256 {sha256}) нельзя связать с напечатанным отчётом',
    'detail.attachmentMatches': 'у вложенного {file} SHA-256, указанный и напечатанный в отчёте: {sha256}',
    'detail.attachmentReplaced':
      'у вложенного {file} SHA-256 {sha256}, а не {declared}, указанный и напечатанный в отчёте: вложение заменено или изменено после создания отчёта',
    'detail.completeAsOf': 'полна на контрольную точку {root}… (размер {size})',
    'detail.complete':
      'истории {n} предметов {complete}: карта журнала содержит последнюю запись пакета для каждого и столько же записей: {named}{hasMore, select, yes {, и ещё {more}} other {}}',
    'detail.borderProven':
      'запись {index} содержит запись {other} журнала {origin}, доказанную в его контрольной точке размера {size} ключом, закреплённым для этого журнала',
    'detail.borderNotPinned':
      'запись {index} содержит запись {other} журнала {origin}, который здесь не закреплён: эта часть НЕ проверена (закрепите ключ этого журнала, чтобы проверить её)',
    'detail.borderFailed':
      'запись {index} содержит запись {other} журнала {origin}, и её доказательство не проходит с ключом и политикой свидетелей, закреплёнными для этого журнала: {reason}',
    'detail.partsMissing': 'пакет {format} несёт части других журналов, но в этом их нет',
    'detail.partsNotMultiLog':
      'пакет {format} не может нести части других журналов: это может только custos-bundle/v3',
    'detail.partAbsent':
      'запись {index} импортирует запись {other} журнала {origin}, но пакет не несёт часть этого журнала: история там не показана',
    'detail.partUnclaimed':
      'часть {n} (журнал {origin}, его запись {other}) не является раскрытием, которое называет какой-либо импорт этого пакета',
    'detail.partNotPinned':
      'часть журнала {origin} (его история до записи {other}, импортированная записью {index}) НЕ проверена: для этого журнала здесь не закреплён ключ. Чтобы проверить её, закрепите ключ этого журнала: custos trust add или «Другие журналы» на странице /verify',
    'detail.partFailed':
      'часть журнала {origin}, импортированная записью {index}, не проходит проверку с ключом и политикой свидетелей, закреплёнными для этого журнала: {reason}',
    'detail.partBundleFailed':
      'часть журнала {origin}, импортированная записью {index}, не проходит проверку с ключом, закреплённым для этого журнала: её пакет не проходит проверку: {failures}',
    'detail.partCheckFailed':
      '{check}: {reason}{hasNext, select, yes {; {next}} other {}}{hasMore, select, yes {; ещё {more, plural, one {# сбой} few {# сбоя} many {# сбоев} other {# сбоя}}} other {}}',
    'detail.partMismatch':
      'запись {index} импортирует запись {other} журнала {origin} с хешем листа {named}, но часть этого журнала в пакете раскрывает запись с хешем листа {leafHash}',
    'detail.partVerified':
      'запись {index} импортирует объект {item} из журнала {origin}: часть этого журнала проходит проверку с ключом, закреплённым для него, и его запись {other} — то раскрытие, которое называет импорт. Она полна лишь на момент контрольной точки этого журнала {root}… (размер {size}), созданной при раскрытии: более поздние события в этом журнале не охвачены',
    'reason.unreadable': 'её невозможно прочитать',
    'reason.badSignature': 'подпись {name} под контрольной точкой не проходит проверку',
    'reason.notSignedByPinnedKey': 'контрольная точка не подписана ключом, закреплённым для этого журнала',
    'reason.otherOrigin':
      'контрольная точка относится к журналу {origin}, а не к закреплённому журналу {pinned}',
    'reason.proofFails': 'её доказательство включения или согласованности не ведёт к корню контрольной точки',
    'reason.malformed': 'её доказательство или контрольная точка имеют неверный формат (код {code})',
    'reason.failedWithCode': 'проверка завершается ошибкой с кодом {code}',
    'reason.witnessQuorum':
      'контрольную точку заверили {n} из {threshold} требуемых доверенных свидетелей{hasCosigners, select, yes { ({cosigners})} other {}}{hasMissing, select, yes {; не заверили: {missing}} other {}}',
    'reason.proofWithoutEntry':
      'tlog-proof не содержит записи, и запись не передана: включение ничего не доказано',
    'reason.packageMalformed':
      '{what, select, format {формат пакета передачи — не {format}} members {в пакете передачи есть члены, не определённые форматом: {members}} disclosure {раскрытие в пакете передачи — не ровно индекс и tlog-proof} bundle {пакет передачи не содержит судебного пакета с записями} other {доказательство согласованности в пакете передачи — не список хешей base64}}',
    'reason.notADisclosure': 'запись {index} её пакета не является раскрытием',
    'reason.proofOfOtherEntry': 'её tlog-proof доказывает запись {proven}, а не раскрытие, запись {named}',
    'reason.foreignEntryMismatch':
      'tlog-proof доказывает запись {proven} (хеш листа {provenLeaf}) журнала {provenOrigin}, а не запись {index} (хеш листа {leafHash}) журнала {origin}',
    'detail.tsaUnchecked':
      'задана политика TSA, но метки времени не проверялись (используйте verifyBundleWithTime)',
    'detail.tokenFailed': 'метка времени {n} на контрольной точке {size}: {reason}',
    'detail.timeContradiction':
      'запись {entry} утверждает, что внесена в {at}, но содержащая её контрольная точка {size} существовала уже к {bound} ({source})',
    'detail.anchorInvalid':
      'временная привязка {n}: её контрольная точка не проверяется закреплённым ключом журнала: {reason}',
    'detail.anchorInconsistent':
      'временная привязка {n} (контрольная точка {size}) не согласуется с контрольной точкой пакета {bundleSize}',
    'detail.reportNotSigned':
      'отчёт не подписан органом, который его экспортировал (нет подписи PAdES): кто его экспортировал, не доказано; его страницы всё равно сверяются с подтверждённой историей',
    'detail.reportSigned':
      'подписано сертификатом {key} с SHA-256 {sha256} (субъект «{subject}», выдан «{issuer}», действителен с {notBefore} по {notAfter}) {whichTime, select, own {в {at} по часам подписавшего} checked {в {at}, метка времени {tsa} в {genTime} (проверена по закреплённому корню TSA {root})} other {в {at}, метка времени {tsa} в {genTime} (НЕ проверена: корень TSA не закреплён)}}, {level}: подпись охватывает весь файл, кроме собственного значения, и после неё ничего нет. Удостоверяющий центр здесь не проверяется: подписал тот, у кого ключ этого сертификата; сравните SHA-256 сертификата с тем, который публикует экспортировавший орган',
    'detail.reportSignatureInvalid': 'подпись отчёта НЕДЕЙСТВИТЕЛЬНА: {reason}',
    'detail.reportSignatureAppended':
      'подпись отчёта НЕДЕЙСТВИТЕЛЬНА: после конца подписанного диапазона добавлено {n} байт (инкрементное обновление после подписания), и программа просмотра их показывает',
    'detail.reportSignatureRevision':
      'подпись отчёта НЕДЕЙСТВИТЕЛЬНА: редакция подписи содержит больше, чем поле подписи, которое пишет Custos (вместе с ней добавлен другой объект, страница или аннотация)',
    'detail.tsaCovered':
      'каждая запись входит в контрольную точку с метками времени закреплённых TSA (требуется: {k}; проверено меток: {tokens})',
    'detail.tsaUncovered':
      'записей вне контрольных точек с метками времени закреплённых TSA (требуется: {k}): {n} (первая: запись {first})',
    'detail.timeBounds':
      'у {n} из {total} записей есть подтверждённая граница времени; корень TSA не закреплён, поэтому метки времени RFC 3161 не проверялись',
    'detail.more':
      'и ещё {n, number} {whichStatus, select, fail {{n, plural, one {ошибка} few {ошибки} many {ошибок} other {ошибки}}} warn {{n, plural, one {предупреждение} few {предупреждения} many {предупреждений} other {предупреждения}}} info {{n, plural, one {примечание} few {примечания} many {примечаний} other {примечания}}} other {{n, plural, one {успешная проверка} few {успешные проверки} many {успешных проверок} other {успешной проверки}}}} этой проверки, не перечисленные здесь',
    'page.signed': 'Подписано:',
    'page.signatureInvalid': 'Подпись НЕДЕЙСТВИТЕЛЬНА:',
    'page.notSigned': 'Не подписано:',
    'page.signerCertificate': 'SHA-256 сертификата подписавшего',
    'page.signerSubject': 'Субъект сертификата',
    'page.signerIssuer': 'Кем выдан',
    'page.signerValidity': 'Действителен',
    'page.pagesChecked': 'Напечатанные страницы проверены:',
    'page.pagesNotChecked': 'Напечатанные страницы НЕ проверены:',
    'page.pagesDiffer': 'Напечатанные страницы НЕ СООТВЕТСТВУЮТ подтверждённой истории:',
    'page.title': 'Custos — проверка судебного пакета',
    'page.language': 'Язык',
    'page.skip': 'Перейти к результату',
    'page.brand': 'журнал цепочки хранения',
    'page.heading': 'Проверка судебного пакета',
    'page.lede':
      'Проверяет историю хранения объекта по подписанной контрольной точке журнала тем же кодом, что и проверяющая программа командной строки. Всё происходит на этой странице: ничего из выбранного здесь не выгружается, страница работает и сохранённой на диск, без сети.',
    'page.stepKey': 'Закрепите ключ проверки журнала',
    'page.logKey': 'Ключ проверки журнала',
    'page.logKeyHelp':
      'Используйте ключ, который оператор журнала передал вам по независимому каналу — письмом, по телефону, через канцелярию суда. Никогда не копируйте его из пакета: копия в пакете лишь сравнивается с ним.',
    'page.moreWitness': 'Политика свидетелей и более ранняя контрольная точка (необязательно)',
    'page.witnessKeys': 'Ключи свидетелей, которым вы доверяете, по одному в строке',
    'page.threshold': 'Сколько из них должны были заверить',
    'page.witnessHelp':
      'При заданной политике контрольная точка должна нести действительные заверяющие подписи как минимум стольких свидетелей: они видели тот же журнал, что и вы.',
    'page.knownCheckpoint': 'Ранее виденная вами контрольная точка этого журнала',
    'page.checkpointHelp':
      'Контрольная точка пакета не должна быть старше неё или противоречить ей: это означало бы откат или раздвоение журнала.',
    'page.moreTsa': 'Службы меток времени и постквантовый ключ (необязательно)',
    'page.tsaRoots': 'Корневые сертификаты служб меток времени, которым вы доверяете (PEM)',
    'page.tsaHelp':
      'При заданном корне TSA каждое событие должно входить в контрольную точку, на которую эта служба поставила метку времени (RFC 3161), и показывается как внесённое не позднее этого времени.',
    'page.pqKey': 'Ключ проверки журнала ML-DSA-44',
    'page.pqHelp':
      'С этим ключом контрольная точка должна нести и действительную постквантовую подпись (ML-DSA-44).',
    'page.moreOtherLogs': 'Другие журналы — для пакета, охватывающего несколько журналов (необязательно)',
    'page.otherLogs': 'Ключи проверки других журналов, которым вы доверяете, по одному в строке',
    'page.otherLogsHelp':
      'Пакет, экспортированный в одном государстве, может нести часть журнала государства, раскрывшего объект. Эта часть проверяется только ключом, который вы закрепили здесь для её журнала, но никогда ключом, названным в пакете. Вставьте ключи или загрузите файл хранилища доверия (custos-trust/v1). Они используются только на этой странице, если вы не решите запомнить их в этом браузере.',
    'page.otherLogsFile': 'Загрузить файл хранилища доверия (custos-trust/v1)',
    'page.rememberOtherLogs': 'Запомнить эти ключи и политики свидетелей в этом браузере',
    'page.forgetOtherLogs': 'Забыть запомненные ключи',
    'page.otherLogsRemembered': 'Ключей других журналов, запомненных в этом браузере: {n}',
    'page.otherLogsForgotten': 'В этом браузере не запомнено ни одного ключа другого журнала.',
    'page.badOtherLogs': 'Строка {line} ключей других журналов не является ключом проверки журнала.',
    'page.badTrustFile': 'Этот файл не является хранилищем доверия (custos-trust/v1) с явными закреплениями.',
    'page.otherLogChanged':
      'В этом браузере для журнала {origin} запомнен другой ключ: если его оператор действительно сменил ключ, забудьте запомненные ключи и закрепите новый.',
    'page.otherLogWitnesses': 'Свидетели журнала {origin}, которым вы доверяете, по одному в строке',
    'page.otherLogThreshold': 'Сколько из них должны были заверить',
    'page.otherLogPolicyHelp':
      'Со свидетелями часть этого журнала засчитывается, только если контрольная точка, доказывающая его раскрытие, несёт действительные заверяющие подписи не менее чем стольких из них: это политика свидетелей, которую хранилище доверия хранит для этого журнала (custos trust add --witness). Пусто: только ключ журнала.',
    'page.badOtherLogWitnesses':
      'Политику свидетелей для журнала {origin} нельзя использовать: каждая строка должна быть ключом проверки заверяющей подписи свидетеля, каждый свидетель — один раз.',
    'page.badOtherLogThreshold':
      'Для журнала {origin} число свидетелей, которые должны были заверить, должно быть целым числом от 1 до {max}.',
    'page.otherLogPolicyKept':
      'Файл хранилища доверия задаёт для журнала {origin} иную политику свидетелей, чем показанная здесь; показанная сохранена: чтобы её изменить, отредактируйте её здесь.',
    'page.stepBundle': 'Выберите пакет',
    'page.bundleFile': 'bundle.json или PDF-отчёт, к которому он приложен',
    'page.drop': 'или перетащите файл сюда',
    'page.stepFile': 'Проверьте файл доказательства',
    'page.optional': 'необязательно',
    'page.evidenceFile': 'Сам файл доказательства (например, образ диска)',
    'page.evidenceHelp':
      'Его SHA-256 вычисляется здесь, по частям, и сравнивается с зарегистрированным хешем. Большие файлы обрабатываются долго.',
    'page.hashing': 'Вычисление хеша файла доказательства',
    'page.verify': 'Проверить',
    'page.print': 'Печать',
    'page.proves': 'Что доказывает подтверждённый пакет и чего не доказывает',
    'page.provesText':
      'Он доказывает, что журнал, ключ которого вы закрепили, зафиксировал в этом порядке эти записи, подписанные этими участниками ключами, действительными в тот момент, с соблюдением правил хранения; а при политике свидетелей — что свидетели видели тот же журнал.',
    'page.notProvesText':
      'Он не доказывает, что история полна после контрольной точки (могут быть более поздние события: запросите свежий пакет), или что подписанное участником соответствует действительности. Это зависит от участников, свидетелей и судов.',
    'page.footer':
      'Форматы custos-bundle/v2 и v3, пакет из нескольких журналов (v1 читается, но не проходит проверку полноты) описан в docs/bundle.md. Эта страница не выполняет сетевых запросов; её политика безопасности их запрещает.',
    'page.chooseBundle': 'Выберите пакет для проверки.',
    'page.verifying': 'Проверка…',
    'page.reading': 'Чтение {name}…',
    'page.verifiedStatus': 'Подтверждено: {name}',
    'page.failedStatus': 'Не пройдено: {name}',
    'page.computing': 'вычисление SHA-256…',
    'page.unreadable': 'не удалось прочитать: {reason}',
    'page.verified': 'ПОДТВЕРЖДЕНО',
    'page.failed': 'НЕ ПРОЙДЕНО',
    'page.verifiedLede':
      'Все проверки пройдены{hasSubject, select, yes { для объекта {subject}} other {}}: журнал, ключ которого вы закрепили, зафиксировал эту историю в этом порядке, подписанную участниками, чьи ключи были действительны в тот момент и которые соблюдали правила хранения{hasComplete, select, yes {; история: {complete}} other {}}.',
    'page.failedLede':
      '{n, plural, one {# проверка не пройдена} few {# проверки не пройдены} many {# проверок не пройдено} other {# проверки не пройдены}}. Не полагайтесь на эту историю; ошибки перечислены ниже и в разделе «Проверки».',
    'page.keyNotes':
      '{n, plural, one {Запись {entries} подписана ключом, позднее объявленным скомпрометированным с момента до её внесения в журнал. Журнал доказывает, что она внесена до этого объявления, поэтому она проходит проверку; оценивайте её с осторожностью (отмечено в хронологии и в разделе «Проверки»).} other {Записи {entries} подписаны ключом, позднее объявленным скомпрометированным с момента до их внесения в журнал. Журнал доказывает, что они внесены до этого объявления, поэтому они проходят проверку; оценивайте их с осторожностью (отмечено в хронологии и в разделе «Проверки»).}}',
    'page.derivativesIncluded':
      '{included, select, yes {Пакет включает производные объекта: их истории проверены вместе с его историей.} other {Пакет не включает производные объекта: их истории не входят в эту проверку.}}',
    'page.more': 'и ещё {n}',
    'page.attachedTo': 'Пакет, приложенный к {name}',
    'page.items': '{n, plural, one {Объект} few {Объекты} many {Объекты} other {Объекты}}',
    'page.notVerified': '{title} (не подтверждено)',
    'page.custodianNow': 'Текущий хранитель',
    'page.registered': 'Зарегистрирован',
    'page.status': 'Статус',
    'page.derivatives': 'Производные',
    'page.checkpointHelpResult':
      'Подписанная вершина дерева, включение в которую доказано для каждой записи.',
    'page.log': 'Журнал',
    'page.rootHash': 'Корневой хеш',
    'page.witnesses': 'Свидетели',
    'page.noneCosigned': 'никто не заверил',
    'page.requests': 'Взаимная правовая помощь',
    'page.when': 'Когда (UTC)',
    'page.event': 'Событие',
    'page.by': 'Кто',
    'page.whatHappened': 'Что произошло',
    'page.timeline': 'Хронология',
    'page.timelineWarning':
      'Пакет не прошёл проверку: это то, что он утверждает, а не то, что доказывает журнал.',
    'page.timelineCaption': 'События хранения в порядке журнала',
    'page.location': 'Место: {location}',
    'page.sealLine': 'Пломба: {seal}',
    'page.itemLine': 'объект {item}',
    'page.checks': 'Проверки',
    'page.checksSummary':
      '{n, plural, one {# проверка} few {# проверки} many {# проверок} other {# проверки}}, не пройдено: {failed}. Ошибки указывают запись по её номеру в журнале.',
    'page.checksCaption': 'Все проверки, выполненные проверяющей программой, по порядку',
    'page.code': 'код: {code}',
    'page.statusPass': 'ПРОЙДЕНО',
    'page.statusFail': 'ОШИБКА',
    'page.statusWarn': 'ВНИМАНИЕ',
    'page.statusInfo': 'ИНФО',
    'page.subjectTag': 'объект пакета',
    'page.needKey':
      'Сначала закрепите ключ проверки журнала: тот, что дал вам оператор, а не копию из пакета.',
    'page.badThreshold':
      'Порог свидетелей должен быть целым числом от 1 до {max} (число указанных ключей свидетелей).',
    'page.badTsaRoots': 'Корни TSA должны быть сертификатами PEM (BEGIN CERTIFICATE).',
    'page.reviewed': 'Перевод проверен: {reviewer}.',
    'page.unreviewed':
      'Черновой машинный перевод, ещё не проверенный квалифицированным юридическим переводчиком.',
  },
};

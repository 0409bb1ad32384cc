// No secret in a printed record: every generated record, enum variant and error of the Kotlin
// bindings is built (by reflection over the compiled bindings, so a record added later is
// covered without editing this file) with a marker secret in every SensitiveText and byte
// array, and its toString() must not show it. A second check reads every record's fields: a
// String (or list of strings, or byte array) field named like a secret, PIN, password or key
// fails, because such text would be printed. Third, records the library itself returns for a
// token whose secret and PIN are known are printed and searched. Records are `val`-only.
import app.motp.core.*
import java.io.File
import java.lang.reflect.Modifier
import java.lang.reflect.ParameterizedType
import java.lang.reflect.Type
import java.nio.file.Files
import java.util.jar.JarFile

fun check(cond: Boolean, msg: () -> String) { if (!cond) throw AssertionError(msg()) }

val MARKER = "5ecr3t5ecr3t5ecr3t"
val PACKAGE = "app.motp.core"

// --- every class of the bindings
val jarPath = File(SensitiveText::class.java.protectionDomain.codeSource.location.toURI())
val classes: List<Class<*>> = JarFile(jarPath).use { jar ->
    jar.entries().asSequence()
        .map { it.name }
        .filter { it.startsWith(PACKAGE.replace('.', '/') + "/") && it.endsWith(".class") }
        .map { Class.forName(it.removeSuffix(".class").replace('/', '.')) }
        .toList()
}
// A data class has component1() and copy() (names mangled when unsigned values are involved).
fun isKotlinData(c: Class<*>) = c.declaredMethods.any { it.name.startsWith("component1") } && c.declaredMethods.any { it.name.startsWith("copy") }
val generated = classes.filter { Modifier.isPublic(it.modifiers) && !it.isInterface && !it.name.contains("FfiConverter") && !it.name.contains("Uniffi") }
// Records, data-carrying enum variants and error variants.
val records = generated.filter { isKotlinData(it) }
val errors = generated.filter { Throwable::class.java.isAssignableFrom(it) && !Modifier.isAbstract(it.modifiers) && it.name.startsWith("$PACKAGE.") && it.simpleName != "InternalException" }
val enums = generated.filter { it.isEnum }
check(records.size >= 20) { "found only ${records.size} records in $jarPath" }

// Objects only the library makes: a real job and its outcome, from a core starting up.
val coreDir = Files.createTempDirectory("motp-printing-core").toFile()
val sampleCore = AppCore(AppCoreConfig(File(coreDir, "v.motp").path, "en", null, defaultAppSettings(), KdfCost.INSECURE_FAST_FOR_TESTS, defaultTimeServer()))
val sampleJob = (sampleCore.dispatch(AppEvent.Started(0L)).first { it is AppEffect.RunJob } as AppEffect.RunJob).job
val sampleOutcome = sampleJob.run()

// --- a value of any type the bindings use, with the marker wherever a secret could be
fun concreteSubclasses(c: Class<*>) = generated.filter { c.isAssignableFrom(it) && it != c && !Modifier.isAbstract(it.modifiers) && !it.isInterface }
fun sample(t: Type, depth: Int = 0): Any? {
    check(depth < 12) { "type nesting too deep at $t" }
    if (t is ParameterizedType) {
        val raw = t.rawType as Class<*>
        val args = t.actualTypeArguments
        return when {
            List::class.java.isAssignableFrom(raw) -> listOf(sample(args[0], depth + 1))
            Map::class.java.isAssignableFrom(raw) -> mapOf(sample(args[0], depth + 1) to sample(args[1], depth + 1))
            Set::class.java.isAssignableFrom(raw) -> setOf(sample(args[0], depth + 1))
            else -> sample(raw, depth + 1)
        }
    }
    if (t is java.lang.reflect.WildcardType) return sample(t.upperBounds[0], depth + 1)
    val c = t as Class<*>
    return when {
        c == String::class.java -> "text"
        c == SensitiveText::class.java -> SensitiveText(MARKER)
        c == SensitiveBytes::class.java -> SensitiveBytes(MARKER.toByteArray())
        c == AppJob::class.java -> sampleJob
        c == AppJobOutcome::class.java -> sampleOutcome
        c == ByteArray::class.java -> MARKER.toByteArray()
        c == Boolean::class.javaPrimitiveType || c == java.lang.Boolean::class.java -> true
        c == Int::class.javaPrimitiveType || c == java.lang.Integer::class.java -> 7
        c == Long::class.javaPrimitiveType || c == java.lang.Long::class.java -> 7L
        c == Short::class.javaPrimitiveType || c == java.lang.Short::class.java -> 7.toShort()
        c == Byte::class.javaPrimitiveType || c == java.lang.Byte::class.java -> 7.toByte()
        c == Double::class.javaPrimitiveType || c == java.lang.Double::class.java -> 0.5
        c == Float::class.javaPrimitiveType || c == java.lang.Float::class.java -> 0.5f
        c == UInt::class.java -> 7u
        c == ULong::class.java -> 7uL
        c == UShort::class.java -> 7.toUShort()
        c == UByte::class.java -> 7.toUByte()
        c == List::class.java -> listOf<Any>()
        c.isEnum -> c.enumConstants.first()
        isKotlinData(c) -> build(c, depth + 1)
        Modifier.isAbstract(c.modifiers) || c.isInterface -> {
            val sub = concreteSubclasses(c).firstOrNull() ?: error("no concrete class for $c")
            instanceOf(sub, depth + 1)
        }
        else -> instanceOf(c, depth + 1)
    }
}
fun instanceOf(c: Class<*>, depth: Int): Any = c.declaredFields.firstOrNull { it.name == "INSTANCE" }?.get(null)
    ?: if (isKotlinData(c)) build(c, depth) else error("cannot build $c")
/// The primary constructor, called with a sample for each parameter (Kotlin's constructors for
/// classes with unsigned fields are synthetic, taking a trailing DefaultConstructorMarker).
fun build(c: Class<*>, depth: Int = 0): Any {
    val ctor = c.declaredConstructors.filter { k -> k.parameterTypes.none { it.name == "kotlin.jvm.internal.DefaultConstructorMarker" } || k.isSynthetic }
        .maxByOrNull { it.parameterCount } ?: error("no constructor for $c")
    ctor.isAccessible = true
    val args = ctor.genericParameterTypes.zip(ctor.parameterTypes).map { (g, raw) ->
        if (raw.name == "kotlin.jvm.internal.DefaultConstructorMarker") null
        // Unsigned values appear as their JVM primitives in a synthetic constructor.
        else if (raw.isPrimitive && g == raw) sample(raw) else sample(g)
    }
    return ctor.newInstance(*args.toTypedArray())
}

// --- 1. build and print every record and data-carrying variant
val printed = mutableMapOf<String, String>()
for (c in records) {
    val v = build(c)
    val text = v.toString()
    printed[c.name] = text
    check(!text.contains(MARKER)) { "${c.name} prints a secret: $text" }
}
for (c in errors) {
    val v = build(c)
    check(!v.toString().contains(MARKER) && !(v as Throwable).message.orEmpty().contains(MARKER)) { "${c.name} prints a secret" }
}
check(SensitiveText(MARKER).toString() == "SensitiveText(<hidden>)") { "SensitiveText prints ${SensitiveText(MARKER)}" }
check(SensitiveText("4711").charCount() == 4u && !SensitiveText("4711").isEmpty()) { "SensitiveText length" }
check(SensitiveBytes(MARKER.toByteArray()).toString() == "SensitiveBytes(<${MARKER.length} bytes hidden>)") { "SensitiveBytes prints ${SensitiveBytes(MARKER.toByteArray())}" }
println("printed ${records.size} records/variants, ${errors.size} error variants, ${enums.size} enums: no secret shown")
// The three types the issue named are among them.
for (name in listOf("UnlockEvent\$UnlockWithPassword", "AppEvent\$DeviceKeyUnwrapped", "ListEvent\$PinEntered", "AddEvent\$ManualEntry",
        "AppEffect\$CopyToClipboard", "AppEffect\$WrapWithDeviceKey", "AppEffect\$SaveFile", "AppView", "RevealedSecret",
        "AppEffect\$SendHttp", "HttpCall", "SettingsEvent\$SetUpSync", "FirstRunEvent\$JoinSync"))
    check(printed.containsKey("$PACKAGE.$name")) { "$name was not built" }

// --- 2. no field that would print a secret as text; records are immutable
val secretName = Regex("secret|pin|passw|passphrase|key|uri|luma|frame", RegexOption.IGNORE_CASE)
// Names that look secret but are not: counts, kinds, flags and warnings about secrets.
val notSecret = setOf("secretLength", "secretWarnings", "pinPolicy", "pinPresent", "pinsDropped", "iconKey",
    // labels and prompts of the views, and the wrapped (encrypted) device key
    "pinPrompt", "pinPolicyText", "pinPolicyLabels", "passwordLabel", "deviceKeyLabel", "offerDeviceKeyEnrolment", "wrapped",
    // the sync's labels, and the sentence saying the vault password was changed elsewhere
    "serverPasswordLabel", "vaultPasswordLabel", "newPasswordLabel", "adoptPasswordLabel", "passwordChanged")
fun printsText(t: Type): Boolean = when (t) {
    String::class.java, ByteArray::class.java -> true
    is ParameterizedType -> t.actualTypeArguments.any { printsText(it) }
    is java.lang.reflect.WildcardType -> t.upperBounds.any { printsText(it) }
    else -> false
}
// `Labels` holds only the localised words on the controls ("Password", "PIN", "Secret"): its
// fields are named after the control they label, never a value typed into it.
val labelsOnly = setOf("$PACKAGE.Labels")
for (c in records) for (f in c.declaredFields) {
    if (Modifier.isStatic(f.modifiers)) continue
    check(Modifier.isFinal(f.modifiers)) { "${c.name}.${f.name} is mutable (var)" }
    if (c.name in labelsOnly || f.name in notSecret || !secretName.containsMatchIn(f.name)) continue
    check(!printsText(f.genericType)) { "${c.name}.${f.name}: ${f.genericType} would print a secret; use SensitiveText" }
}

// --- 3. what the core returns for a real token prints neither its secret nor its PIN: every
// effect and view of adding it (secret typed, PIN remembered), showing and copying its code,
// revealing its secret, and a refused secret's error.
val dir = Files.createTempDirectory("motp-printing").toFile()
val secret = "7ac61d4736f51a2b"
val pin = "4711"
val core = AppCore(AppCoreConfig(File(dir, "p.motp").path, "en", null, defaultAppSettings(), KdfCost.INSECURE_FAST_FOR_TESTS, defaultTimeServer()))
val returned = mutableListOf<Any>()
fun send(event: AppEvent) {
    for (effect in core.dispatch(event)) {
        returned += effect
        if (effect is AppEffect.RunJob) send(AppEvent.JobFinished(effect.job.run(), 1_000_000_000_000L))
    }
    returned += core.view()
}
val now = 1_000_000_000_000L
send(AppEvent.Started(now))
send(AppEvent.FirstRun(FirstRunEvent.CreateVault(SensitiveText("pw pw pw pw"), SensitiveText("pw pw pw pw"), false, now)))
send(AppEvent.Navigate(AppDestination.Add, now))
send(AppEvent.Add(AddEvent.ManualEntry("Corp", "carol", SensitiveText("\u0007$secret"), now)))
check((core.view().screen as Screen.Add).view.error?.field == InputField.SECRET) { "a bad secret is refused under its field: ${core.view()}" }
send(AppEvent.Add(AddEvent.ManualEntry("Corp", "carol", SensitiveText(secret), now)))
send(AppEvent.Add(AddEvent.PreviewAccepted(now)))
send(AppEvent.Add(AddEvent.PinPolicyChosen(PinPolicyOption.REMEMBER, SensitiveText(pin), false, now)))
send(AppEvent.Add(AddEvent.ConfirmAdd(now)))
val row = (core.view().screen as Screen.List).view.rows.single()
check(row.code != null) { "the remembered PIN gives a code: $row" }
send(AppEvent.List(ListEvent.CopyCode(row.id, now)))
check(returned.any { it is AppEffect.CopyToClipboard }) { "the code was copied" }
send(AppEvent.Navigate(AppDestination.Detail(row.id), now))
send(AppEvent.Detail(DetailEvent.RevealSecret(row.id, SensitiveText("pw pw pw pw"), now)))
val revealed = (core.view().screen as Screen.Detail).view.revealed!!
check(revealed.grouped.expose().replace(" ", "") == secret) { "the revealed secret is the secret (read with expose())" }
for (r in returned) {
    val text = r.toString()
    check(!text.contains(secret) && !text.contains(pin)) { "a returned record prints a secret or PIN: $text" }
}
println("printed ${returned.size} effects and views of a real token: no secret or PIN shown")
dir.deleteRecursively()
coreDir.deleteRecursively()
println("printing.kts: all checks passed")

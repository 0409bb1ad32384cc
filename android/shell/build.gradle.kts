// The platform-free shell: plain Kotlin/JVM, no android.*, no androidx. It compiles the one
// committed copy of the UniFFI bindings (../bindings/kotlin, generated with android = false, which
// runs on Android too: its cleaner falls back to JNA's where java.lang.ref.Cleaner is missing).
// On Linux CI the same sources are compiled with kotlinc by scripts/test-android-shell.sh.
plugins {
    alias(libs.plugins.kotlin.jvm)
}

kotlin {
    jvmToolchain(17)
}

sourceSets {
    main {
        kotlin.srcDir("../../bindings/kotlin")
    }
}

dependencies {
    implementation(libs.kotlinx.coroutines.core)
    // The app supplies JNA as its Android @aar (with the native libjnidispatch per ABI); the
    // plain jar is only for compiling and for the JVM tests.
    compileOnly(libs.jna)
    testImplementation(libs.jna)
    testImplementation(kotlin("test"))
}

// The tests are a plain `main` (scripts/test-android-shell.sh runs them against the host
// library); from Gradle: ./gradlew :shell:jvmTests with the host library's folder.
tasks.register<JavaExec>("jvmTests") {
    group = "verification"
    description = "Runs the shell's JVM tests against target/release/libmotp_ffi.so (cargo build --release -p motp-ffi)."
    val repo = rootProject.projectDir.parentFile
    classpath = sourceSets["test"].runtimeClasspath
    mainClass.set("app.motp.shell.ShellTestsKt")
    environment("MOTP_REPO_ROOT", repo.absolutePath)
    jvmArgs("-Xms192m", "-Xmx192m", "-XX:+AlwaysPreTouch", "-Djna.library.path=${repo.resolve("target/release").absolutePath}")
}

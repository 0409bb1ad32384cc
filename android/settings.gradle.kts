// mOTP Token for Android. Open this folder (android/) in Android Studio; see README.md.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}
plugins {
    // Resolves the JDK that `kotlin { jvmToolchain(17) }` asks for (and downloads it, from the
    // Foojay Disco API, where no JDK 17 is installed); without a resolver Gradle fails then.
    id("org.gradle.toolchains.foojay-resolver-convention") version "0.9.0"
}
dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}
rootProject.name = "motp-token"
include(":shell", ":app")

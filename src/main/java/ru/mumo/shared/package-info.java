/**
 * Small value types and infrastructure every module may use: the clock, languages, i18n texts.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ru.mumo.shared;

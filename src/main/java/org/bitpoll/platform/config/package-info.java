/**
 * The operator's settings: the catalogue of every setting with its property, variable, default and rule
 * ({@code Setting}, {@code Rule}), where values come from ({@code SettingSource}), the check and log at start
 * ({@code SettingsCheck}, {@code SettingsStartup}), and the typed reading the features use ({@code Settings}).
 */
package org.bitpoll.platform.config;
